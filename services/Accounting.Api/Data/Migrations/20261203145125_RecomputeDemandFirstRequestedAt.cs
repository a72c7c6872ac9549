using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarbonPlatform.Accounting.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecomputeDemandFirstRequestedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "FirstRequestedAt",
                table: "Demands",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));
            // A demand pending at the upgrade has waited at least since its latest request.
            migrationBuilder.Sql("UPDATE [Demands] SET [FirstRequestedAt] = [RequestedAt]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FirstRequestedAt",
                table: "Demands");
        }
    }
}
