using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarbonPlatform.Evaluation.Data.Migrations
{
    /// <inheritdoc />
    public partial class ParkResultsRegionLevelsAndCertification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: rows made before these columns have no province, prefecture or certification. The read model is
            // rebuilt from the stored evaluations (and the hold facts) at start-up when it is empty, so it is emptied here.
            migrationBuilder.Sql(@"DELETE FROM [ParkResults];");

            migrationBuilder.DropIndex(
                name: "IX_ParkResults_Year_GradeRank_ParkId",
                table: "ParkResults");

            migrationBuilder.DropIndex(
                name: "IX_ParkResults_Year_ParkName_ParkId",
                table: "ParkResults");

            migrationBuilder.AddColumn<string>(
                name: "Certification",
                table: "ParkResults",
                type: "nvarchar(12)",
                maxLength: 12,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "CertificationFacts",
                table: "ParkResults",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "PrefectureCode",
                table: "ParkResults",
                type: "nvarchar(4)",
                maxLength: 4,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ProvinceCode",
                table: "ParkResults",
                type: "nvarchar(2)",
                maxLength: 2,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_ParkResults_Year_GradeRank_EvaluationId",
                table: "ParkResults",
                columns: new[] { "Year", "GradeRank", "EvaluationId" });

            migrationBuilder.CreateIndex(
                name: "IX_ParkResults_Year_ParkName_EvaluationId",
                table: "ParkResults",
                columns: new[] { "Year", "ParkName", "EvaluationId" });

            migrationBuilder.CreateIndex(
                name: "IX_ParkResults_Year_PrefectureCode_GradeRank_EvaluationId",
                table: "ParkResults",
                columns: new[] { "Year", "PrefectureCode", "GradeRank", "EvaluationId" });

            migrationBuilder.CreateIndex(
                name: "IX_ParkResults_Year_ProvinceCode_GradeRank_EvaluationId",
                table: "ParkResults",
                columns: new[] { "Year", "ProvinceCode", "GradeRank", "EvaluationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ParkResults_Year_GradeRank_EvaluationId",
                table: "ParkResults");

            migrationBuilder.DropIndex(
                name: "IX_ParkResults_Year_ParkName_EvaluationId",
                table: "ParkResults");

            migrationBuilder.DropIndex(
                name: "IX_ParkResults_Year_PrefectureCode_GradeRank_EvaluationId",
                table: "ParkResults");

            migrationBuilder.DropIndex(
                name: "IX_ParkResults_Year_ProvinceCode_GradeRank_EvaluationId",
                table: "ParkResults");

            migrationBuilder.DropColumn(
                name: "Certification",
                table: "ParkResults");

            migrationBuilder.DropColumn(
                name: "CertificationFacts",
                table: "ParkResults");

            migrationBuilder.DropColumn(
                name: "PrefectureCode",
                table: "ParkResults");

            migrationBuilder.DropColumn(
                name: "ProvinceCode",
                table: "ParkResults");

            migrationBuilder.CreateIndex(
                name: "IX_ParkResults_Year_GradeRank_ParkId",
                table: "ParkResults",
                columns: new[] { "Year", "GradeRank", "ParkId" });

            migrationBuilder.CreateIndex(
                name: "IX_ParkResults_Year_ParkName_ParkId",
                table: "ParkResults",
                columns: new[] { "Year", "ParkName", "ParkId" });
        }
    }
}
