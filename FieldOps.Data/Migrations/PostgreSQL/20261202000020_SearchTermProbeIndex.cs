using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class SearchTermProbeIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SearchTerms_RecordId",
                table: "SearchTerms");

            migrationBuilder.CreateIndex(
                name: "IX_SearchTerms_RecordId_Term",
                table: "SearchTerms",
                columns: new[] { "RecordId", "Term" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SearchTerms_RecordId_Term",
                table: "SearchTerms");

            migrationBuilder.CreateIndex(
                name: "IX_SearchTerms_RecordId",
                table: "SearchTerms",
                column: "RecordId");
        }
    }
}
