using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class InvoicePartPayments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "AmountPaid",
                table: "Invoices",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "InvoicePayments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoicePayments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvoicePayments_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InvoicePayments_InvoiceId_RecordedAt",
                table: "InvoicePayments",
                columns: new[] { "InvoiceId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InvoicePayments_OrganizationId",
                table: "InvoicePayments",
                column: "OrganizationId");

            // Invoices paid before part payments existed: paid in full, in one payment as recorded then.
            migrationBuilder.Sql("""UPDATE "Invoices" SET "AmountPaid" = "Total" WHERE "Status" = 'Paid';""");
            migrationBuilder.Sql("""
                INSERT INTO "InvoicePayments" ("Id", "OrganizationId", "InvoiceId", "Amount", "PaidOn", "Method", "Reference", "RecordedAt", "RecordedByName")
                SELECT gen_random_uuid(), "OrganizationId", "Id", "Total", COALESCE("PaidOn", CAST("IssuedAt" AS date)), COALESCE("PaymentMethod", 'Cash'),
                       "PaymentReference", COALESCE("PaidAt", "IssuedAt"), 'Recorded before part payments'
                FROM "Invoices" WHERE "Status" = 'Paid';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InvoicePayments");

            migrationBuilder.DropColumn(
                name: "AmountPaid",
                table: "Invoices");
        }
    }
}
