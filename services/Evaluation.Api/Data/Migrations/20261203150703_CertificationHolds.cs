using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarbonPlatform.Evaluation.Data.Migrations
{
    /// <inheritdoc />
    public partial class CertificationHolds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LockedByApplicationId",
                table: "Evaluations");

            migrationBuilder.CreateTable(
                name: "CertificationHoldFacts",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Fact = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ParkId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificationHoldFacts", x => new { x.ApplicationId, x.Fact });
                });

            migrationBuilder.CreateIndex(
                name: "IX_CertificationHoldFacts_EvaluationId",
                table: "CertificationHoldFacts",
                column: "EvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_CertificationHoldFacts_ParkId_Year",
                table: "CertificationHoldFacts",
                columns: new[] { "ParkId", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CertificationHoldFacts");

            migrationBuilder.AddColumn<Guid>(
                name: "LockedByApplicationId",
                table: "Evaluations",
                type: "uniqueidentifier",
                nullable: true);
        }
    }
}
