using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class PaymentMonthIndexesOrderTheExpenseTypeAfterTheMonth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MaintenancePaymentMonths_Landlord_Month_Covering",
                table: "MaintenancePaymentMonths");

            migrationBuilder.DropIndex(
                name: "IX_MaintenancePaymentMonths_Month_Covering",
                table: "MaintenancePaymentMonths");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenancePaymentMonths_Landlord_Month_Covering",
                table: "MaintenancePaymentMonths",
                columns: new[] { "LandlordUserId", "Month", "ExpenseTypeId", "OrganizationId", "PropertyId", "CategoryName", "PaidTo", "Method", "Emergency", "Count", "AmountTenThousandths", "SmallestTenThousandths", "LargestTenThousandths", "FirstPaidOn", "LastPaidOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenancePaymentMonths_Month_Covering",
                table: "MaintenancePaymentMonths",
                columns: new[] { "OrganizationId", "Month", "ExpenseTypeId", "PropertyId", "LandlordUserId", "CategoryName", "PaidTo", "Method", "Emergency", "Count", "AmountTenThousandths", "SmallestTenThousandths", "LargestTenThousandths", "FirstPaidOn", "LastPaidOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MaintenancePaymentMonths_Landlord_Month_Covering",
                table: "MaintenancePaymentMonths");

            migrationBuilder.DropIndex(
                name: "IX_MaintenancePaymentMonths_Month_Covering",
                table: "MaintenancePaymentMonths");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenancePaymentMonths_Landlord_Month_Covering",
                table: "MaintenancePaymentMonths",
                columns: new[] { "LandlordUserId", "Month", "OrganizationId", "PropertyId", "CategoryName", "ExpenseTypeId", "PaidTo", "Method", "Emergency", "Count", "AmountTenThousandths", "SmallestTenThousandths", "LargestTenThousandths", "FirstPaidOn", "LastPaidOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenancePaymentMonths_Month_Covering",
                table: "MaintenancePaymentMonths",
                columns: new[] { "OrganizationId", "Month", "PropertyId", "LandlordUserId", "CategoryName", "ExpenseTypeId", "PaidTo", "Method", "Emergency", "Count", "AmountTenThousandths", "SmallestTenThousandths", "LargestTenThousandths", "FirstPaidOn", "LastPaidOn" });
        }
    }
}
