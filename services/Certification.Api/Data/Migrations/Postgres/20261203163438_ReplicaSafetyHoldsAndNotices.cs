using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarbonPlatform.Certification.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReplicaSafetyHoldsAndNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "WebhookSubscriptions",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "LeaseOwner",
                table: "OutboxMessages",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LeasedUntil",
                table: "OutboxMessages",
                type: "timestamp without time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OrderingKey",
                table: "OutboxMessages",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "ReopenedAt",
                table: "Certificates",
                type: "timestamp without time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Certificates",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "InventoryMethod",
                table: "Applications",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Applications",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_LeaseOwner",
                table: "OutboxMessages",
                column: "LeaseOwner");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_OrderingKey_SentAt_CreatedAt",
                table: "OutboxMessages",
                columns: new[] { "OrderingKey", "SentAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_ApplicationId",
                table: "Certificates",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_OpenPerParkYear",
                table: "Applications",
                columns: new[] { "ParkId", "Year" },
                unique: true,
                filter: "\"Status\" IN ('Submitted', 'UnderReview', 'InformationRequested', 'Resubmitted')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_LeaseOwner",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_OrderingKey_SentAt_CreatedAt",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_ApplicationId",
                table: "Certificates");

            migrationBuilder.DropIndex(
                name: "IX_Applications_OpenPerParkYear",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "WebhookSubscriptions");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "LeasedUntil",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "OrderingKey",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "ReopenedAt",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "InventoryMethod",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Applications");
        }
    }
}
