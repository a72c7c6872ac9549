using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarbonPlatform.Evaluation.Data.Migrations
{
    /// <inheritdoc />
    public partial class FactorReleaseNotice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NewerFactorRelease",
                table: "Evaluations",
                type: "nvarchar(80)",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NewerInventoryVersion",
                table: "Evaluations",
                type: "int",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NewerFactorRelease",
                table: "Evaluations");

            migrationBuilder.DropColumn(
                name: "NewerInventoryVersion",
                table: "Evaluations");
        }
    }
}
