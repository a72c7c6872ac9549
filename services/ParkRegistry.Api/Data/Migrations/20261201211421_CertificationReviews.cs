using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarbonPlatform.ParkRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class CertificationReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MovedBy",
                table: "ParkStageChange",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CertifyingBodyId",
                table: "Parks",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReviewAssignments",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ParkId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CertificationBodyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Open = table.Column<bool>(type: "bit", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewAssignments", x => x.ApplicationId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewAssignments_ParkId_Open",
                table: "ReviewAssignments",
                columns: new[] { "ParkId", "Open" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReviewAssignments");

            migrationBuilder.DropColumn(
                name: "MovedBy",
                table: "ParkStageChange");

            migrationBuilder.DropColumn(
                name: "CertifyingBodyId",
                table: "Parks");
        }
    }
}
