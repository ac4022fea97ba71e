using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class TechniciansCompletedJobsByDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Jobs_OrganizationId_TechnicianId_CompletedAt",
                table: "Jobs",
                columns: new[] { "OrganizationId", "TechnicianId", "CompletedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Jobs_OrganizationId_TechnicianId_CompletedAt",
                table: "Jobs");
        }
    }
}
