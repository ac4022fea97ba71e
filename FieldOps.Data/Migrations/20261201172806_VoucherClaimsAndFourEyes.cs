using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class VoucherClaimsAndFourEyes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ApprovedById",
                table: "Vouchers",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Settings_VoucherFourEyes",
                table: "Organizations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "VoucherClaims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VoucherId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DailyLogId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VoucherClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VoucherClaims_DailyLogs_DailyLogId",
                        column: x => x.DailyLogId,
                        principalTable: "DailyLogs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VoucherClaims_Vouchers_VoucherId",
                        column: x => x.VoucherId,
                        principalTable: "Vouchers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VoucherClaims_DailyLogId",
                table: "VoucherClaims",
                column: "DailyLogId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VoucherClaims_OrganizationId",
                table: "VoucherClaims",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_VoucherClaims_VoucherId",
                table: "VoucherClaims",
                column: "VoucherId");

            // Vouchers drafted before claims existed: each approved daily log in a voucher's period is taken as paid
            // by the earliest such voucher, so a new voucher for an overlapping period cannot claim it again.
            migrationBuilder.Sql("""
                INSERT INTO "VoucherClaims" ("Id", "OrganizationId", "VoucherId", "DailyLogId")
                SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
                             substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
                       l."OrganizationId",
                       (SELECT v."Id" FROM "Vouchers" v
                        WHERE v."SubcontractorId" = l."SubcontractorId" AND l."LogDate" BETWEEN v."PeriodStart" AND v."PeriodEnd"
                          AND (v."ProjectId" IS NULL OR v."ProjectId" = l."ProjectId")
                        ORDER BY v."CreatedAt" LIMIT 1),
                       l."Id"
                FROM "DailyLogs" l
                WHERE l."Status" = 'Approved' AND l."WorkersCount" > 0
                  AND EXISTS (SELECT 1 FROM "Vouchers" v
                              WHERE v."SubcontractorId" = l."SubcontractorId" AND l."LogDate" BETWEEN v."PeriodStart" AND v."PeriodEnd"
                                AND (v."ProjectId" IS NULL OR v."ProjectId" = l."ProjectId"));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VoucherClaims");

            migrationBuilder.DropColumn(
                name: "ApprovedById",
                table: "Vouchers");

            migrationBuilder.DropColumn(
                name: "Settings_VoucherFourEyes",
                table: "Organizations");
        }
    }
}
