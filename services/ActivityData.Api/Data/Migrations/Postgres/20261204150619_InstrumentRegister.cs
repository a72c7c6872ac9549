using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarbonPlatform.ActivityData.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InstrumentRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AllocationId",
                table: "Records",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Instruments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerOrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Prefix = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    First = table.Column<long>(type: "bigint", nullable: false),
                    Last = table.Column<long>(type: "bigint", nullable: false),
                    CertificateNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Vintage = table.Column<int>(type: "integer", nullable: false),
                    GenerationFrom = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    GenerationTo = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    Quantity = table.Column<double>(type: "double precision", nullable: false),
                    Unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Allocated = table.Column<double>(type: "double precision", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EvidenceId = table.Column<Guid>(type: "uuid", nullable: true),
                    ClosedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    CancellationReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RegisteredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Instruments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SerialSpaces",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Prefix = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Holdings = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SerialSpaces", x => new { x.Kind, x.Prefix });
                });

            migrationBuilder.CreateTable(
                name: "InstrumentAllocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Quantity = table.Column<double>(type: "double precision", nullable: false),
                    AllocatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AllocatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstrumentAllocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstrumentAllocations_Instruments_InstrumentId",
                        column: x => x.InstrumentId,
                        principalTable: "Instruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Records_AllocationId",
                table: "Records",
                column: "AllocationId",
                unique: true,
                filter: "\"AllocationId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentAllocations_InstrumentId",
                table: "InstrumentAllocations",
                column: "InstrumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Instruments_Kind_Prefix_First",
                table: "Instruments",
                columns: new[] { "Kind", "Prefix", "First" });

            migrationBuilder.CreateIndex(
                name: "IX_Instruments_ParkId_RegisteredAt",
                table: "Instruments",
                columns: new[] { "ParkId", "RegisteredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InstrumentAllocations");

            migrationBuilder.DropTable(
                name: "SerialSpaces");

            migrationBuilder.DropTable(
                name: "Instruments");

            migrationBuilder.DropIndex(
                name: "IX_Records_AllocationId",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "AllocationId",
                table: "Records");
        }
    }
}
