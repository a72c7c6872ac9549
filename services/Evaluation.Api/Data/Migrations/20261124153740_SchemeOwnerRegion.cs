using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarbonPlatform.Evaluation.Data.Migrations
{
    /// <inheritdoc />
    public partial class SchemeOwnerRegion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OwnerRegion",
                table: "Schemes",
                type: "nvarchar(6)",
                maxLength: 6,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OwnerRegion",
                table: "Schemes");
        }
    }
}
