using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class JobListTieBreak : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Jobs_OrganizationId_ReceivedAt",
                table: "Jobs");

            migrationBuilder.DropIndex(
                name: "IX_Jobs_OrganizationId_Status_ReceivedAt",
                table: "Jobs");

            migrationBuilder.DropIndex(
                name: "IX_Jobs_OrganizationId_TechnicianId_ReceivedAt",
                table: "Jobs");

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_OrganizationId_ReceivedAt_Number",
                table: "Jobs",
                columns: new[] { "OrganizationId", "ReceivedAt", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_OrganizationId_Status_ReceivedAt_Number",
                table: "Jobs",
                columns: new[] { "OrganizationId", "Status", "ReceivedAt", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_OrganizationId_TechnicianId_ReceivedAt_Number",
                table: "Jobs",
                columns: new[] { "OrganizationId", "TechnicianId", "ReceivedAt", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Jobs_OrganizationId_ReceivedAt_Number",
                table: "Jobs");

            migrationBuilder.DropIndex(
                name: "IX_Jobs_OrganizationId_Status_ReceivedAt_Number",
                table: "Jobs");

            migrationBuilder.DropIndex(
                name: "IX_Jobs_OrganizationId_TechnicianId_ReceivedAt_Number",
                table: "Jobs");

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_OrganizationId_ReceivedAt",
                table: "Jobs",
                columns: new[] { "OrganizationId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_OrganizationId_Status_ReceivedAt",
                table: "Jobs",
                columns: new[] { "OrganizationId", "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_OrganizationId_TechnicianId_ReceivedAt",
                table: "Jobs",
                columns: new[] { "OrganizationId", "TechnicianId", "ReceivedAt" });
        }
    }
}
