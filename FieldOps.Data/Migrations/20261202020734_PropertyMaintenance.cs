using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class PropertyMaintenance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExpenseCategories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IsTaxDeductible = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisplayOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpenseCategories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LandlordSettingses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LandlordUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AutoApprovalThreshold = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    QuoteThreshold = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    OwnerApprovalLimit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LandlordSettingses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LandlordSettingses_AspNetUsers_LandlordUserId",
                        column: x => x.LandlordUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MaintenanceSettingses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AutoApprovalThreshold = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    QuoteThreshold = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    OwnerApprovalLimit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    EmergencyAutoApprovalLimit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    VerificationWindowDays = table.Column<int>(type: "INTEGER", nullable: false),
                    EmergencyAssignHours = table.Column<int>(type: "INTEGER", nullable: false),
                    EmergencyOnSiteHours = table.Column<int>(type: "INTEGER", nullable: false),
                    HighAssignHours = table.Column<int>(type: "INTEGER", nullable: false),
                    HighOnSiteHours = table.Column<int>(type: "INTEGER", nullable: false),
                    MediumAssignHours = table.Column<int>(type: "INTEGER", nullable: false),
                    MediumOnSiteHours = table.Column<int>(type: "INTEGER", nullable: false),
                    LowAssignHours = table.Column<int>(type: "INTEGER", nullable: false),
                    LowOnSiteHours = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceSettingses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Properties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    OwnerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Properties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Properties_AspNetUsers_OwnerUserId",
                        column: x => x.OwnerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Vendors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    VendorType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ContactPerson = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    PhonePrimary = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    PhoneSecondary = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Mobile = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    NationalId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    CommercialRegistration = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    TaxNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Specialization = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PaymentTerms = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PreferredPaymentMethod = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EmergencyAvailable = table.Column<bool>(type: "INTEGER", nullable: false),
                    ServiceAreas = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RatingTotal = table.Column<int>(type: "INTEGER", nullable: false),
                    RatingCount = table.Column<int>(type: "INTEGER", nullable: false),
                    JobsCompleted = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vendors", x => x.Id);
                    table.CheckConstraint("CK_Vendors_Ratings", "\"RatingCount\" >= 0 AND \"RatingTotal\" >= \"RatingCount\" AND \"RatingTotal\" <= 5 * \"RatingCount\"");
                    table.ForeignKey(
                        name: "FK_Vendors_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ExpenseTypes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CostMin = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    CostMax = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsEmergency = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisplayOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpenseTypes", x => x.Id);
                    table.CheckConstraint("CK_ExpenseTypes_CostRange", "(\"CostMin\" IS NULL OR CAST(\"CostMin\" AS REAL) >= 0) AND (\"CostMax\" IS NULL OR \"CostMin\" IS NULL OR CAST(\"CostMax\" AS REAL) >= CAST(\"CostMin\" AS REAL))");
                    table.ForeignKey(
                        name: "FK_ExpenseTypes_ExpenseCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "ExpenseCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Floor = table.Column<int>(type: "INTEGER", nullable: true),
                    TenantUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Units_AspNetUsers_TenantUserId",
                        column: x => x.TenantUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Units_Properties_PropertyId",
                        column: x => x.PropertyId,
                        principalTable: "Properties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MaintenanceRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    TenantUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RequestorType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RequestedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ExpenseTypeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PriorityRank = table.Column<int>(type: "INTEGER", nullable: false),
                    PermissionToEnter = table.Column<bool>(type: "INTEGER", nullable: false),
                    Availability = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AccessNotes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CurrencyCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    CurrencyMinorUnits = table.Column<int>(type: "INTEGER", nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AssignDueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OnSiteDueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EstimatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ScheduledFor = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VerifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VerificationDueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AssigneeUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    VendorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VendorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    VendorName = table.Column<string>(type: "TEXT", maxLength: 160, nullable: true),
                    EstimatedCost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    EstimatedDuration = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    EstimateNotes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EstimatedByName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    EstimateNeedsOwner = table.Column<bool>(type: "INTEGER", nullable: false),
                    EstimateRejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ApprovedBudget = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    ApprovedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ApprovedByName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    ApprovalNotes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SelectedQuoteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    HoldReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReopenReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ActualCost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    CostVariance = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    VarianceReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CompletionNotes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReceiptNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceRequests", x => x.Id);
                    table.CheckConstraint("CK_MaintenanceRequests_CompletedAfterStarted", "\"CompletedAt\" IS NULL OR \"StartedAt\" IS NULL OR \"CompletedAt\" >= \"StartedAt\"");
                    table.CheckConstraint("CK_MaintenanceRequests_StartedAfterScheduled", "\"StartedAt\" IS NULL OR \"ScheduledFor\" IS NULL OR \"StartedAt\" >= \"ScheduledFor\"");
                    table.ForeignKey(
                        name: "FK_MaintenanceRequests_ExpenseTypes_ExpenseTypeId",
                        column: x => x.ExpenseTypeId,
                        principalTable: "ExpenseTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MaintenanceRequests_Properties_PropertyId",
                        column: x => x.PropertyId,
                        principalTable: "Properties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MaintenanceRequests_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MaintenanceRequests_Vendors_VendorId",
                        column: x => x.VendorId,
                        principalTable: "Vendors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MaintenanceCostLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Item = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    UnitCost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Planned = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Actual = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceCostLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MaintenanceCostLines_MaintenanceRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "MaintenanceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MaintenanceMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MaintenanceMessages_MaintenanceRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "MaintenanceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MaintenancePayments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    CurrencyCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PropertyName = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    UnitNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CategoryName = table.Column<string>(type: "TEXT", maxLength: 160, nullable: true),
                    PaidTo = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LandlordUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenancePayments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MaintenancePayments_MaintenanceRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "MaintenanceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MaintenanceRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    VendorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Overall = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponseTime = table.Column<int>(type: "INTEGER", nullable: true),
                    Quality = table.Column<int>(type: "INTEGER", nullable: true),
                    Professionalism = table.Column<int>(type: "INTEGER", nullable: true),
                    Communication = table.Column<int>(type: "INTEGER", nullable: true),
                    WouldRecommend = table.Column<bool>(type: "INTEGER", nullable: true),
                    Feedback = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceRatings", x => x.Id);
                    table.CheckConstraint("CK_MaintenanceRatings_Dimensions", "(\"ResponseTime\" IS NULL OR \"ResponseTime\" BETWEEN 1 AND 5) AND (\"Quality\" IS NULL OR \"Quality\" BETWEEN 1 AND 5) AND (\"Professionalism\" IS NULL OR \"Professionalism\" BETWEEN 1 AND 5) AND (\"Communication\" IS NULL OR \"Communication\" BETWEEN 1 AND 5)");
                    table.CheckConstraint("CK_MaintenanceRatings_Overall", "\"Overall\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_MaintenanceRatings_MaintenanceRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "MaintenanceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Quotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    VendorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VendorName = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    VendorContact = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    VendorEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NeedsOwner = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Quotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Quotes_MaintenanceRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "MaintenanceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Quotes_Vendors_VendorId",
                        column: x => x.VendorId,
                        principalTable: "Vendors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QuoteItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuoteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Item = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Cost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuoteItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuoteItems_Quotes_QuoteId",
                        column: x => x.QuoteId,
                        principalTable: "Quotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExpenseCategories_OrganizationId",
                table: "ExpenseCategories",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ExpenseCategories_OrganizationId_Name",
                table: "ExpenseCategories",
                columns: new[] { "OrganizationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExpenseTypes_CategoryId_Name",
                table: "ExpenseTypes",
                columns: new[] { "CategoryId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExpenseTypes_OrganizationId",
                table: "ExpenseTypes",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_LandlordSettingses_LandlordUserId",
                table: "LandlordSettingses",
                column: "LandlordUserId");

            migrationBuilder.CreateIndex(
                name: "IX_LandlordSettingses_OrganizationId",
                table: "LandlordSettingses",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_LandlordSettingses_OrganizationId_LandlordUserId",
                table: "LandlordSettingses",
                columns: new[] { "OrganizationId", "LandlordUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceCostLines_OrganizationId",
                table: "MaintenanceCostLines",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceCostLines_RequestId_Kind_Position",
                table: "MaintenanceCostLines",
                columns: new[] { "RequestId", "Kind", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceMessages_OrganizationId",
                table: "MaintenanceMessages",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceMessages_RequestId_At",
                table: "MaintenanceMessages",
                columns: new[] { "RequestId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenancePayments_LandlordUserId_PaidOn",
                table: "MaintenancePayments",
                columns: new[] { "LandlordUserId", "PaidOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenancePayments_OrganizationId",
                table: "MaintenancePayments",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenancePayments_OrganizationId_PaidOn",
                table: "MaintenancePayments",
                columns: new[] { "OrganizationId", "PaidOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenancePayments_RequestId",
                table: "MaintenancePayments",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRatings_OrganizationId",
                table: "MaintenanceRatings",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRatings_RequestId",
                table: "MaintenanceRatings",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRatings_VendorId_RatedAt",
                table: "MaintenanceRatings",
                columns: new[] { "VendorId", "RatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_AssigneeUserId_PriorityRank_RequestedAt_Number",
                table: "MaintenanceRequests",
                columns: new[] { "AssigneeUserId", "PriorityRank", "RequestedAt", "Number" },
                descending: new[] { false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_ExpenseTypeId_CompletedAt",
                table: "MaintenanceRequests",
                columns: new[] { "ExpenseTypeId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OrganizationId",
                table: "MaintenanceRequests",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OrganizationId_IsOpen_PriorityRank_RequestedAt_Number",
                table: "MaintenanceRequests",
                columns: new[] { "OrganizationId", "IsOpen", "PriorityRank", "RequestedAt", "Number" },
                descending: new[] { false, false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OrganizationId_Number",
                table: "MaintenanceRequests",
                columns: new[] { "OrganizationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OrganizationId_PriorityRank_RequestedAt_Number",
                table: "MaintenanceRequests",
                columns: new[] { "OrganizationId", "PriorityRank", "RequestedAt", "Number" },
                descending: new[] { false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OrganizationId_Status_PriorityRank_RequestedAt_Number",
                table: "MaintenanceRequests",
                columns: new[] { "OrganizationId", "Status", "PriorityRank", "RequestedAt", "Number" },
                descending: new[] { false, false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OwnerUserId_PriorityRank_RequestedAt_Number",
                table: "MaintenanceRequests",
                columns: new[] { "OwnerUserId", "PriorityRank", "RequestedAt", "Number" },
                descending: new[] { false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_PropertyId",
                table: "MaintenanceRequests",
                column: "PropertyId");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_TenantUserId_PriorityRank_RequestedAt_Number",
                table: "MaintenanceRequests",
                columns: new[] { "TenantUserId", "PriorityRank", "RequestedAt", "Number" },
                descending: new[] { false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_UnitId",
                table: "MaintenanceRequests",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_VendorId",
                table: "MaintenanceRequests",
                column: "VendorId");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_VendorUserId_PriorityRank_RequestedAt_Number",
                table: "MaintenanceRequests",
                columns: new[] { "VendorUserId", "PriorityRank", "RequestedAt", "Number" },
                descending: new[] { false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceSettingses_OrganizationId",
                table: "MaintenanceSettingses",
                column: "OrganizationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Properties_OrganizationId",
                table: "Properties",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Properties_OrganizationId_Name",
                table: "Properties",
                columns: new[] { "OrganizationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Properties_OwnerUserId_Name",
                table: "Properties",
                columns: new[] { "OwnerUserId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_QuoteItems_OrganizationId",
                table: "QuoteItems",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_QuoteItems_QuoteId_Position",
                table: "QuoteItems",
                columns: new[] { "QuoteId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_OrganizationId",
                table: "Quotes",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_OrganizationId_Number",
                table: "Quotes",
                columns: new[] { "OrganizationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_RequestId_Status",
                table: "Quotes",
                columns: new[] { "RequestId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_VendorId_SubmittedAt",
                table: "Quotes",
                columns: new[] { "VendorId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Units_OrganizationId",
                table: "Units",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_PropertyId_Number",
                table: "Units",
                columns: new[] { "PropertyId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Units_TenantUserId",
                table: "Units",
                column: "TenantUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Vendors_OrganizationId",
                table: "Vendors",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Vendors_OrganizationId_Name",
                table: "Vendors",
                columns: new[] { "OrganizationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vendors_UserId",
                table: "Vendors",
                column: "UserId",
                unique: true,
                filter: "\"UserId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LandlordSettingses");

            migrationBuilder.DropTable(
                name: "MaintenanceCostLines");

            migrationBuilder.DropTable(
                name: "MaintenanceMessages");

            migrationBuilder.DropTable(
                name: "MaintenancePayments");

            migrationBuilder.DropTable(
                name: "MaintenanceRatings");

            migrationBuilder.DropTable(
                name: "MaintenanceSettingses");

            migrationBuilder.DropTable(
                name: "QuoteItems");

            migrationBuilder.DropTable(
                name: "Quotes");

            migrationBuilder.DropTable(
                name: "MaintenanceRequests");

            migrationBuilder.DropTable(
                name: "ExpenseTypes");

            migrationBuilder.DropTable(
                name: "Units");

            migrationBuilder.DropTable(
                name: "Vendors");

            migrationBuilder.DropTable(
                name: "ExpenseCategories");

            migrationBuilder.DropTable(
                name: "Properties");
        }
    }
}
