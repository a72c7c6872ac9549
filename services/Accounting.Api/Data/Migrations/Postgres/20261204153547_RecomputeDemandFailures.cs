using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarbonPlatform.Accounting.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RecomputeDemandFailures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "Demands",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "LastError",
                table: "Demands",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "Demands");

            migrationBuilder.DropColumn(
                name: "LastError",
                table: "Demands");
        }
    }
}
