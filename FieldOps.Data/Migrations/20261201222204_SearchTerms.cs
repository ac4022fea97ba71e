using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchTerms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchTerms", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchTerms_OrganizationId",
                table: "SearchTerms",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchTerms_OrganizationId_Term_RecordId",
                table: "SearchTerms",
                columns: new[] { "OrganizationId", "Term", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchTerms_RecordId",
                table: "SearchTerms",
                column: "RecordId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchTerms");
        }
    }
}
