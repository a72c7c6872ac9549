using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarbonPlatform.ActivityData.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReadingsWithoutBatchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MeterReadings_BatchId",
                table: "MeterReadings");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_MeterReadings_BatchId",
                table: "MeterReadings",
                column: "BatchId");
        }
    }
}
