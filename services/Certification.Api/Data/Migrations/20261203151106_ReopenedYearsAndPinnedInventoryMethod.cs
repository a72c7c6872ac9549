using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarbonPlatform.Certification.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReopenedYearsAndPinnedInventoryMethod : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ReopenedAt",
                table: "Certificates",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InventoryMethod",
                table: "Applications",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReopenedAt",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "InventoryMethod",
                table: "Applications");
        }
    }
}
