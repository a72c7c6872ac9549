using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarbonPlatform.ParkRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class EnterpriseGrants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ReadsParkTotals",
                table: "Organizations",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_ParkId",
                table: "Organizations",
                column: "ParkId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organizations_ParkId",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "ReadsParkTotals",
                table: "Organizations");
        }
    }
}
