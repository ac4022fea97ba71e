using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class JobIndexesCarryId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
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
                name: "IX_Jobs_OrganizationId_ReceivedAt_Number_Id",
                table: "Jobs",
                columns: new[] { "OrganizationId", "ReceivedAt", "Number", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_OrganizationId_Status_ReceivedAt_Number_Id",
                table: "Jobs",
                columns: new[] { "OrganizationId", "Status", "ReceivedAt", "Number", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_OrganizationId_TechnicianId_ReceivedAt_Number_Id",
                table: "Jobs",
                columns: new[] { "OrganizationId", "TechnicianId", "ReceivedAt", "Number", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Jobs_OrganizationId_ReceivedAt_Number_Id",
                table: "Jobs");

            migrationBuilder.DropIndex(
                name: "IX_Jobs_OrganizationId_Status_ReceivedAt_Number_Id",
                table: "Jobs");

            migrationBuilder.DropIndex(
                name: "IX_Jobs_OrganizationId_TechnicianId_ReceivedAt_Number_Id",
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
    }
}
