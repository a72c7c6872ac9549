using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarbonPlatform.ParkRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class ApplicationProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "EvaluationId",
                table: "ReviewAssignments",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Progress",
                table: "ReviewAssignments",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "None");

            // Assignments from before: an open one was applied (or under review), a closed one decided.
            migrationBuilder.Sql("UPDATE [ReviewAssignments] SET [Progress] = CASE WHEN [Open] = 1 THEN N'Applied' ELSE N'Decided' END;");

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "ReviewAssignments",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Parks",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "IX_ReviewAssignments_EvaluationId",
                table: "ReviewAssignments",
                column: "EvaluationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReviewAssignments_EvaluationId",
                table: "ReviewAssignments");

            migrationBuilder.DropColumn(
                name: "EvaluationId",
                table: "ReviewAssignments");

            migrationBuilder.DropColumn(
                name: "Progress",
                table: "ReviewAssignments");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ReviewAssignments");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Parks");
        }
    }
}
