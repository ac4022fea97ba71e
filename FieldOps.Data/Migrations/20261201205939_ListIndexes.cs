using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Vouchers_OrganizationId_Status",
                table: "Vouchers");

            migrationBuilder.DropIndex(
                name: "IX_Vouchers_SubcontractorId",
                table: "Vouchers");

            migrationBuilder.DropIndex(
                name: "IX_SparePartRequests_JobId",
                table: "SparePartRequests");

            migrationBuilder.DropIndex(
                name: "IX_SparePartRequests_OrganizationId_Status",
                table: "SparePartRequests");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_RecipientUserId_ReadAt_CreatedAt",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_Jobs_OrganizationId_Status",
                table: "Jobs");

            migrationBuilder.DropIndex(
                name: "IX_Jobs_OrganizationId_TechnicianId",
                table: "Jobs");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_OrganizationId_Status",
                table: "Invoices");

            migrationBuilder.DropIndex(
                name: "IX_Expenses_OrganizationId_Status",
                table: "Expenses");

            migrationBuilder.DropIndex(
                name: "IX_Expenses_SubcontractorId_ExpenseDate",
                table: "Expenses");

            migrationBuilder.DropIndex(
                name: "IX_DailyLogs_OrganizationId_Status",
                table: "DailyLogs");

            migrationBuilder.DropIndex(
                name: "IX_DailyLogs_SubcontractorId_LogDate",
                table: "DailyLogs");

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_OrganizationId_PeriodEnd_Number",
                table: "Vouchers",
                columns: new[] { "OrganizationId", "PeriodEnd", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_OrganizationId_Status_PeriodEnd_Number",
                table: "Vouchers",
                columns: new[] { "OrganizationId", "Status", "PeriodEnd", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_SubcontractorId_PeriodEnd_Number",
                table: "Vouchers",
                columns: new[] { "SubcontractorId", "PeriodEnd", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_SubcontractorId_Status_PeriodEnd",
                table: "Vouchers",
                columns: new[] { "SubcontractorId", "Status", "PeriodEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_SubcontractorId_UpdatedAt",
                table: "Vouchers",
                columns: new[] { "SubcontractorId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SparePartRequests_JobId_Status",
                table: "SparePartRequests",
                columns: new[] { "JobId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SparePartRequests_OrganizationId_Status_CreatedAt",
                table: "SparePartRequests",
                columns: new[] { "OrganizationId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_OrganizationId_RecipientUserId_CreatedAt_Id",
                table: "Notifications",
                columns: new[] { "OrganizationId", "RecipientUserId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_OrganizationId_RecipientUserId_ReadAt_CreatedAt",
                table: "Notifications",
                columns: new[] { "OrganizationId", "RecipientUserId", "ReadAt", "CreatedAt" });

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

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_OrganizationId_Status_Number",
                table: "Invoices",
                columns: new[] { "OrganizationId", "Status", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Expenses_OrganizationId_ExpenseDate_CreatedAt",
                table: "Expenses",
                columns: new[] { "OrganizationId", "ExpenseDate", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Expenses_OrganizationId_Status_ExpenseDate_CreatedAt",
                table: "Expenses",
                columns: new[] { "OrganizationId", "Status", "ExpenseDate", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Expenses_SubcontractorId_CreatedAt",
                table: "Expenses",
                columns: new[] { "SubcontractorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Expenses_SubcontractorId_ExpenseDate_CreatedAt",
                table: "Expenses",
                columns: new[] { "SubcontractorId", "ExpenseDate", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DailyLogs_OrganizationId_LogDate_CreatedAt",
                table: "DailyLogs",
                columns: new[] { "OrganizationId", "LogDate", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DailyLogs_OrganizationId_Status_LogDate_CreatedAt",
                table: "DailyLogs",
                columns: new[] { "OrganizationId", "Status", "LogDate", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DailyLogs_SubcontractorId_CreatedAt",
                table: "DailyLogs",
                columns: new[] { "SubcontractorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DailyLogs_SubcontractorId_LogDate_CreatedAt",
                table: "DailyLogs",
                columns: new[] { "SubcontractorId", "LogDate", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Vouchers_OrganizationId_PeriodEnd_Number",
                table: "Vouchers");

            migrationBuilder.DropIndex(
                name: "IX_Vouchers_OrganizationId_Status_PeriodEnd_Number",
                table: "Vouchers");

            migrationBuilder.DropIndex(
                name: "IX_Vouchers_SubcontractorId_PeriodEnd_Number",
                table: "Vouchers");

            migrationBuilder.DropIndex(
                name: "IX_Vouchers_SubcontractorId_Status_PeriodEnd",
                table: "Vouchers");

            migrationBuilder.DropIndex(
                name: "IX_Vouchers_SubcontractorId_UpdatedAt",
                table: "Vouchers");

            migrationBuilder.DropIndex(
                name: "IX_SparePartRequests_JobId_Status",
                table: "SparePartRequests");

            migrationBuilder.DropIndex(
                name: "IX_SparePartRequests_OrganizationId_Status_CreatedAt",
                table: "SparePartRequests");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_OrganizationId_RecipientUserId_CreatedAt_Id",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_OrganizationId_RecipientUserId_ReadAt_CreatedAt",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_Jobs_OrganizationId_ReceivedAt",
                table: "Jobs");

            migrationBuilder.DropIndex(
                name: "IX_Jobs_OrganizationId_Status_ReceivedAt",
                table: "Jobs");

            migrationBuilder.DropIndex(
                name: "IX_Jobs_OrganizationId_TechnicianId_ReceivedAt",
                table: "Jobs");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_OrganizationId_Status_Number",
                table: "Invoices");

            migrationBuilder.DropIndex(
                name: "IX_Expenses_OrganizationId_ExpenseDate_CreatedAt",
                table: "Expenses");

            migrationBuilder.DropIndex(
                name: "IX_Expenses_OrganizationId_Status_ExpenseDate_CreatedAt",
                table: "Expenses");

            migrationBuilder.DropIndex(
                name: "IX_Expenses_SubcontractorId_CreatedAt",
                table: "Expenses");

            migrationBuilder.DropIndex(
                name: "IX_Expenses_SubcontractorId_ExpenseDate_CreatedAt",
                table: "Expenses");

            migrationBuilder.DropIndex(
                name: "IX_DailyLogs_OrganizationId_LogDate_CreatedAt",
                table: "DailyLogs");

            migrationBuilder.DropIndex(
                name: "IX_DailyLogs_OrganizationId_Status_LogDate_CreatedAt",
                table: "DailyLogs");

            migrationBuilder.DropIndex(
                name: "IX_DailyLogs_SubcontractorId_CreatedAt",
                table: "DailyLogs");

            migrationBuilder.DropIndex(
                name: "IX_DailyLogs_SubcontractorId_LogDate_CreatedAt",
                table: "DailyLogs");

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_OrganizationId_Status",
                table: "Vouchers",
                columns: new[] { "OrganizationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_SubcontractorId",
                table: "Vouchers",
                column: "SubcontractorId");

            migrationBuilder.CreateIndex(
                name: "IX_SparePartRequests_JobId",
                table: "SparePartRequests",
                column: "JobId");

            migrationBuilder.CreateIndex(
                name: "IX_SparePartRequests_OrganizationId_Status",
                table: "SparePartRequests",
                columns: new[] { "OrganizationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RecipientUserId_ReadAt_CreatedAt",
                table: "Notifications",
                columns: new[] { "RecipientUserId", "ReadAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_OrganizationId_Status",
                table: "Jobs",
                columns: new[] { "OrganizationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_OrganizationId_TechnicianId",
                table: "Jobs",
                columns: new[] { "OrganizationId", "TechnicianId" });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_OrganizationId_Status",
                table: "Invoices",
                columns: new[] { "OrganizationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Expenses_OrganizationId_Status",
                table: "Expenses",
                columns: new[] { "OrganizationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Expenses_SubcontractorId_ExpenseDate",
                table: "Expenses",
                columns: new[] { "SubcontractorId", "ExpenseDate" });

            migrationBuilder.CreateIndex(
                name: "IX_DailyLogs_OrganizationId_Status",
                table: "DailyLogs",
                columns: new[] { "OrganizationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_DailyLogs_SubcontractorId_LogDate",
                table: "DailyLogs",
                columns: new[] { "SubcontractorId", "LogDate" });
        }
    }
}
