using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarbonPlatform.Evaluation.Data.Migrations
{
    /// <inheritdoc />
    public partial class ParkResults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Intensity",
                table: "Evaluations",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParkName",
                table: "Evaluations",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ParkRegionCode",
                table: "Evaluations",
                type: "nvarchar(6)",
                maxLength: 6,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<double>(
                name: "Ratio12",
                table: "Evaluations",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Ratio123",
                table: "Evaluations",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RerunOf",
                table: "Evaluations",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_ParkRegionCode",
                table: "Evaluations",
                column: "ParkRegionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Evaluations_ParkRegionCode",
                table: "Evaluations");

            migrationBuilder.DropColumn(
                name: "Intensity",
                table: "Evaluations");

            migrationBuilder.DropColumn(
                name: "ParkName",
                table: "Evaluations");

            migrationBuilder.DropColumn(
                name: "ParkRegionCode",
                table: "Evaluations");

            migrationBuilder.DropColumn(
                name: "Ratio12",
                table: "Evaluations");

            migrationBuilder.DropColumn(
                name: "Ratio123",
                table: "Evaluations");

            migrationBuilder.DropColumn(
                name: "RerunOf",
                table: "Evaluations");
        }
    }
}
