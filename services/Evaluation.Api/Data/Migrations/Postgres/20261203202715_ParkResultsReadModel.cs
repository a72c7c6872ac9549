using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarbonPlatform.Evaluation.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ParkResultsReadModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Emissions",
                table: "Evaluations",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Neutralisation",
                table: "Evaluations",
                type: "double precision",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ParkResults",
                columns: table => new
                {
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Scheme = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    OperatorOrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParkName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ParkRegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SchemeStatus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Grade = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    GradeRank = table.Column<int>(type: "integer", nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: true),
                    ManagementScore = table.Column<double>(type: "double precision", nullable: true),
                    Ratio12 = table.Column<double>(type: "double precision", nullable: true),
                    Ratio123 = table.Column<double>(type: "double precision", nullable: true),
                    Intensity = table.Column<double>(type: "double precision", nullable: true),
                    Emissions = table.Column<double>(type: "double precision", nullable: true),
                    Neutralisation = table.Column<double>(type: "double precision", nullable: true),
                    InventoryVersion = table.Column<int>(type: "integer", nullable: false),
                    FactorRelease = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    NewestInventoryVersion = table.Column<int>(type: "integer", nullable: false),
                    NewestFactorRelease = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParkResults", x => new { x.ParkId, x.Year, x.Scheme });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ParkResults_OperatorOrganizationId",
                table: "ParkResults",
                column: "OperatorOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ParkResults_ParkId_Year_Method",
                table: "ParkResults",
                columns: new[] { "ParkId", "Year", "Method" });

            migrationBuilder.CreateIndex(
                name: "IX_ParkResults_ParkRegionCode",
                table: "ParkResults",
                column: "ParkRegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ParkResults_Year_GradeRank_ParkId",
                table: "ParkResults",
                columns: new[] { "Year", "GradeRank", "ParkId" });

            migrationBuilder.CreateIndex(
                name: "IX_ParkResults_Year_ParkName_ParkId",
                table: "ParkResults",
                columns: new[] { "Year", "ParkName", "ParkId" });

            migrationBuilder.CreateIndex(
                name: "IX_ParkResults_Year_Scheme_ParkRegionCode",
                table: "ParkResults",
                columns: new[] { "Year", "Scheme", "ParkRegionCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ParkResults");

            migrationBuilder.DropColumn(
                name: "Emissions",
                table: "Evaluations");

            migrationBuilder.DropColumn(
                name: "Neutralisation",
                table: "Evaluations");
        }
    }
}
