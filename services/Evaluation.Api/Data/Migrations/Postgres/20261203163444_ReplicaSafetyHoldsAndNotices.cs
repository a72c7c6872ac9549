using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarbonPlatform.Evaluation.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReplicaSafetyHoldsAndNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LockedByApplicationId",
                table: "Evaluations");

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

            migrationBuilder.AddColumn<string>(
                name: "NewerFactorRelease",
                table: "Evaluations",
                type: "character varying(80)",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NewerInventoryVersion",
                table: "Evaluations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Evaluations",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "CertificationHoldFacts",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Fact = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificationHoldFacts", x => new { x.ApplicationId, x.Fact });
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_LeaseOwner",
                table: "OutboxMessages",
                column: "LeaseOwner");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_OrderingKey_SentAt_CreatedAt",
                table: "OutboxMessages",
                columns: new[] { "OrderingKey", "SentAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CertificationHoldFacts_EvaluationId",
                table: "CertificationHoldFacts",
                column: "EvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_CertificationHoldFacts_ParkId_Year",
                table: "CertificationHoldFacts",
                columns: new[] { "ParkId", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CertificationHoldFacts");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_LeaseOwner",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_OrderingKey_SentAt_CreatedAt",
                table: "OutboxMessages");

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
                name: "NewerFactorRelease",
                table: "Evaluations");

            migrationBuilder.DropColumn(
                name: "NewerInventoryVersion",
                table: "Evaluations");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Evaluations");

            migrationBuilder.AddColumn<Guid>(
                name: "LockedByApplicationId",
                table: "Evaluations",
                type: "uuid",
                nullable: true);
        }
    }
}
