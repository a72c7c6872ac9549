using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarbonPlatform.Identity.Data.Migrations
{
    /// <inheritdoc />
    public partial class SignInThrottlingAndRevocations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_OrganizationId",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_UserName",
                table: "People");

            migrationBuilder.DropColumn(
                name: "FailedSignIns",
                table: "People");

            migrationBuilder.DropColumn(
                name: "LockedUntil",
                table: "People");

            migrationBuilder.CreateTable(
                name: "Revocations",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RevokedAt = table.Column<long>(type: "bigint", nullable: false),
                    KeepUntil = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Revocations", x => new { x.Kind, x.Value });
                });

            migrationBuilder.CreateTable(
                name: "SignInThrottles",
                columns: table => new
                {
                    Key = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Failures = table.Column<int>(type: "int", nullable: false),
                    LastFailureAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInThrottles", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_People_OrganizationId_UserName",
                table: "People",
                columns: new[] { "OrganizationId", "UserName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_UserName",
                table: "People",
                column: "UserName");

            migrationBuilder.CreateIndex(
                name: "IX_Revocations_KeepUntil",
                table: "Revocations",
                column: "KeepUntil");

            migrationBuilder.CreateIndex(
                name: "IX_Revocations_RevokedAt",
                table: "Revocations",
                column: "RevokedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SignInThrottles_LastFailureAt",
                table: "SignInThrottles",
                column: "LastFailureAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Revocations");

            migrationBuilder.DropTable(
                name: "SignInThrottles");

            migrationBuilder.DropIndex(
                name: "IX_People_OrganizationId_UserName",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_UserName",
                table: "People");

            migrationBuilder.AddColumn<int>(
                name: "FailedSignIns",
                table: "People",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LockedUntil",
                table: "People",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_OrganizationId",
                table: "People",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_People_UserName",
                table: "People",
                column: "UserName",
                unique: true);
        }
    }
}
