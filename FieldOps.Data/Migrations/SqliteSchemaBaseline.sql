-- The commands the SQLite migrations run on an empty database, in order, for a new database's schema in one
-- transaction (Platform/Persistence/SqliteSchemaBaseline.cs). Recorded by SqliteSchemaBaselineTests; do not edit.
-- newest migration: 20261203085003_PaymentMonthIndexesOrderTheExpenseTypeAfterTheMonth
--@command
CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);
--@command
CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
--@command
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);
--@command
CREATE TABLE "Organizations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Organizations" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Modules" INTEGER NOT NULL,
    "Settings_CurrencyCode" TEXT NOT NULL,
    "Settings_CurrencyMinorUnits" INTEGER NOT NULL,
    "Settings_TaxRate" TEXT NOT NULL,
    "Settings_TaxLabel" TEXT NOT NULL,
    "Settings_InvoicePrefix" TEXT NOT NULL,
    "Settings_QuoteThreshold" TEXT NOT NULL,
    "Settings_AutoApprovalThreshold" TEXT NOT NULL,
    "Settings_MonthlyMaintenanceBudget" TEXT NOT NULL,
    "Settings_BudgetAlertShare" TEXT NOT NULL,
    "Settings_TimeZoneId" TEXT NOT NULL,
    "Settings_AddressLine1" TEXT NULL,
    "Settings_AddressLine2" TEXT NULL,
    "Settings_City" TEXT NULL,
    "Settings_Country" TEXT NULL,
    "Settings_Phone" TEXT NULL,
    "Settings_Email" TEXT NULL,
    "Settings_TaxNumber" TEXT NULL,
    "CreatedAt" TEXT NOT NULL
);
--@command
CREATE TABLE "StatusChanges" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StatusChanges" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "FromStatus" TEXT NULL,
    "ToStatus" TEXT NOT NULL,
    "Note" TEXT NULL,
    "ChangedByUserId" TEXT NULL,
    "ChangedByName" TEXT NOT NULL,
    "ChangedAt" TEXT NOT NULL
);
--@command
CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);
--@command
CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "DisplayName" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    CONSTRAINT "FK_AspNetUsers_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);
--@command
CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
--@command
CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
--@command
CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
--@command
CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
--@command
CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");
--@command
CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");
--@command
CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");
--@command
CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");
--@command
CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");
--@command
CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");
--@command
CREATE INDEX "IX_AspNetUsers_OrganizationId" ON "AspNetUsers" ("OrganizationId");
--@command
CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");
--@command
CREATE UNIQUE INDEX "IX_Organizations_Name" ON "Organizations" ("Name");
--@command
CREATE INDEX "IX_StatusChanges_EntityType_EntityId_ChangedAt" ON "StatusChanges" ("EntityType", "EntityId", "ChangedAt");
--@command
CREATE INDEX "IX_StatusChanges_OrganizationId" ON "StatusChanges" ("OrganizationId");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121133712_InitialPlatform', '10.0.15');
--@command
ALTER TABLE "Organizations" ADD "Settings_PaymentTermsDays" INTEGER NOT NULL DEFAULT 0;
--@command
CREATE TABLE "Attachments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Attachments" PRIMARY KEY,
    "RecordType" TEXT NOT NULL,
    "RecordId" TEXT NOT NULL,
    "Label" TEXT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "StorageName" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "UploadedByName" TEXT NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL
);
--@command
CREATE TABLE "Notifications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Notifications" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "RecipientUserId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Message" TEXT NOT NULL,
    "Link" TEXT NULL,
    "RecordType" TEXT NULL,
    "RecordId" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ReadAt" TEXT NULL
);
--@command
CREATE TABLE "NumberSequences" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_NumberSequences" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "Series" TEXT NOT NULL,
    "LastValue" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);
--@command
CREATE TABLE "OutboxMails" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OutboxMails" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "NotificationId" TEXT NOT NULL,
    "ToAddress" TEXT NOT NULL,
    "ToName" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "NextAttemptAt" TEXT NOT NULL,
    "SentAt" TEXT NULL,
    "LastError" TEXT NULL
);
--@command
CREATE TABLE "TaskActions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_TaskActions" PRIMARY KEY,
    "Stream" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Description" TEXT NULL,
    "DefaultLaborCost" TEXT NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL
);
--@command
CREATE TABLE "TechnicianSkills" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_TechnicianSkills" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "Stream" TEXT NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_TechnicianSkills_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
--@command
CREATE TABLE "Vehicles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Vehicles" PRIMARY KEY,
    "RegistrationNumber" TEXT NOT NULL,
    "Vin" TEXT NULL,
    "OwnerName" TEXT NOT NULL,
    "OwnerPhone" TEXT NULL,
    "OwnerEmail" TEXT NULL,
    "Make" TEXT NULL,
    "Model" TEXT NULL,
    "Year" INTEGER NULL,
    "Mileage" INTEGER NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL
);
--@command
CREATE TABLE "WarehouseItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_WarehouseItems" PRIMARY KEY,
    "Sku" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Description" TEXT NULL,
    "Unit" TEXT NOT NULL,
    "QuantityOnHand" INTEGER NOT NULL,
    "UnitCost" TEXT NOT NULL,
    "UnitPrice" TEXT NOT NULL,
    "ReorderPoint" INTEGER NOT NULL,
    "Location" TEXT NULL,
    "IsActive" INTEGER NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "CK_WarehouseItems_QuantityOnHand_NotNegative" CHECK ("QuantityOnHand" >= 0)
);
--@command
CREATE TABLE "Jobs" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Jobs" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "VehicleId" TEXT NOT NULL,
    "SiteManagerId" TEXT NOT NULL,
    "TechnicianId" TEXT NULL,
    "OperationsStream" TEXT NOT NULL,
    "RevenueStream" TEXT NOT NULL,
    "IssuesReported" TEXT NOT NULL,
    "WorkDone" TEXT NULL,
    "ManagerNotes" TEXT NULL,
    "MileageAtIntake" INTEGER NULL,
    "ReceivedAt" TEXT NOT NULL,
    "AssignedAt" TEXT NULL,
    "StartedAt" TEXT NULL,
    "CompletedAt" TEXT NULL,
    "ReviewedAt" TEXT NULL,
    "BilledAt" TEXT NULL,
    "InvoiceId" TEXT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    CONSTRAINT "FK_Jobs_Vehicles_VehicleId" FOREIGN KEY ("VehicleId") REFERENCES "Vehicles" ("Id") ON DELETE RESTRICT
);
--@command
CREATE TABLE "StockMovements" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StockMovements" PRIMARY KEY,
    "WarehouseItemId" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "QuantityChange" INTEGER NOT NULL,
    "QuantityAfter" INTEGER NOT NULL,
    "Reason" TEXT NOT NULL,
    "ByName" TEXT NOT NULL,
    "SparePartRequestId" TEXT NULL,
    "UnitCost" TEXT NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_StockMovements_WarehouseItems_WarehouseItemId" FOREIGN KEY ("WarehouseItemId") REFERENCES "WarehouseItems" ("Id") ON DELETE RESTRICT
);
--@command
CREATE TABLE "Invoices" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Invoices" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "JobId" TEXT NOT NULL,
    "JobNumber" TEXT NOT NULL,
    "CustomerName" TEXT NOT NULL,
    "CustomerPhone" TEXT NULL,
    "CustomerEmail" TEXT NULL,
    "VehicleRegistration" TEXT NOT NULL,
    "VehicleDescription" TEXT NOT NULL,
    "CurrencyCode" TEXT NOT NULL,
    "CurrencyMinorUnits" INTEGER NOT NULL,
    "TaxRate" TEXT NOT NULL,
    "TaxLabel" TEXT NOT NULL,
    "Subtotal" TEXT NOT NULL,
    "TaxAmount" TEXT NOT NULL,
    "Total" TEXT NOT NULL,
    "IssuedAt" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "Notes" TEXT NULL,
    "IsManual" INTEGER NOT NULL,
    "PaidAt" TEXT NULL,
    "PaidOn" TEXT NULL,
    "PaymentMethod" TEXT NULL,
    "PaymentReference" TEXT NULL,
    "VoidedAt" TEXT NULL,
    "VoidReason" TEXT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    CONSTRAINT "FK_Invoices_Jobs_JobId" FOREIGN KEY ("JobId") REFERENCES "Jobs" ("Id") ON DELETE RESTRICT
);
--@command
CREATE TABLE "JobTaskActions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_JobTaskActions" PRIMARY KEY,
    "JobId" TEXT NOT NULL,
    "TaskActionId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Description" TEXT NULL,
    "LaborCost" TEXT NOT NULL,
    "IsCustomCost" INTEGER NOT NULL,
    "CompletedAt" TEXT NULL,
    "CompletedById" TEXT NULL,
    "CompletedByName" TEXT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_JobTaskActions_Jobs_JobId" FOREIGN KEY ("JobId") REFERENCES "Jobs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_JobTaskActions_TaskActions_TaskActionId" FOREIGN KEY ("TaskActionId") REFERENCES "TaskActions" ("Id") ON DELETE RESTRICT
);
--@command
CREATE TABLE "SparePartRequests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SparePartRequests" PRIMARY KEY,
    "JobId" TEXT NOT NULL,
    "WarehouseItemId" TEXT NOT NULL,
    "Quantity" INTEGER NOT NULL,
    "RequestedById" TEXT NOT NULL,
    "RequestedByName" TEXT NOT NULL,
    "Note" TEXT NULL,
    "DecidedByName" TEXT NULL,
    "DecidedAt" TEXT NULL,
    "DecisionNote" TEXT NULL,
    "IssuedByName" TEXT NULL,
    "IssuedAt" TEXT NULL,
    "UnitPrice" TEXT NULL,
    "CompletedAt" TEXT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    CONSTRAINT "FK_SparePartRequests_Jobs_JobId" FOREIGN KEY ("JobId") REFERENCES "Jobs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SparePartRequests_WarehouseItems_WarehouseItemId" FOREIGN KEY ("WarehouseItemId") REFERENCES "WarehouseItems" ("Id") ON DELETE RESTRICT
);
--@command
CREATE TABLE "InvoiceLines" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_InvoiceLines" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "InvoiceId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Quantity" TEXT NOT NULL,
    "UnitPrice" TEXT NOT NULL,
    "LineTotal" TEXT NOT NULL,
    CONSTRAINT "FK_InvoiceLines_Invoices_InvoiceId" FOREIGN KEY ("InvoiceId") REFERENCES "Invoices" ("Id") ON DELETE RESTRICT
);
--@command
CREATE INDEX "IX_Attachments_OrganizationId" ON "Attachments" ("OrganizationId");
--@command
CREATE INDEX "IX_Attachments_RecordType_RecordId" ON "Attachments" ("RecordType", "RecordId");
--@command
CREATE UNIQUE INDEX "IX_InvoiceLines_InvoiceId_Position" ON "InvoiceLines" ("InvoiceId", "Position");
--@command
CREATE INDEX "IX_InvoiceLines_OrganizationId" ON "InvoiceLines" ("OrganizationId");
--@command
CREATE INDEX "IX_Invoices_JobId" ON "Invoices" ("JobId");
--@command
CREATE INDEX "IX_Invoices_OrganizationId" ON "Invoices" ("OrganizationId");
--@command
CREATE UNIQUE INDEX "IX_Invoices_OrganizationId_Number" ON "Invoices" ("OrganizationId", "Number");
--@command
CREATE INDEX "IX_Invoices_OrganizationId_Status" ON "Invoices" ("OrganizationId", "Status");
--@command
CREATE INDEX "IX_Jobs_OrganizationId" ON "Jobs" ("OrganizationId");
--@command
CREATE UNIQUE INDEX "IX_Jobs_OrganizationId_Number" ON "Jobs" ("OrganizationId", "Number");
--@command
CREATE INDEX "IX_Jobs_OrganizationId_Status" ON "Jobs" ("OrganizationId", "Status");
--@command
CREATE INDEX "IX_Jobs_OrganizationId_TechnicianId" ON "Jobs" ("OrganizationId", "TechnicianId");
--@command
CREATE INDEX "IX_Jobs_VehicleId" ON "Jobs" ("VehicleId");
--@command
CREATE INDEX "IX_JobTaskActions_JobId" ON "JobTaskActions" ("JobId");
--@command
CREATE INDEX "IX_JobTaskActions_OrganizationId" ON "JobTaskActions" ("OrganizationId");
--@command
CREATE INDEX "IX_JobTaskActions_TaskActionId" ON "JobTaskActions" ("TaskActionId");
--@command
CREATE INDEX "IX_Notifications_OrganizationId" ON "Notifications" ("OrganizationId");
--@command
CREATE INDEX "IX_Notifications_RecipientUserId_ReadAt_CreatedAt" ON "Notifications" ("RecipientUserId", "ReadAt", "CreatedAt");
--@command
CREATE INDEX "IX_NumberSequences_OrganizationId" ON "NumberSequences" ("OrganizationId");
--@command
CREATE UNIQUE INDEX "IX_NumberSequences_OrganizationId_Series" ON "NumberSequences" ("OrganizationId", "Series");
--@command
CREATE INDEX "IX_OutboxMails_OrganizationId" ON "OutboxMails" ("OrganizationId");
--@command
CREATE INDEX "IX_OutboxMails_Status_NextAttemptAt" ON "OutboxMails" ("Status", "NextAttemptAt");
--@command
CREATE INDEX "IX_SparePartRequests_JobId" ON "SparePartRequests" ("JobId");
--@command
CREATE INDEX "IX_SparePartRequests_OrganizationId" ON "SparePartRequests" ("OrganizationId");
--@command
CREATE INDEX "IX_SparePartRequests_OrganizationId_Status" ON "SparePartRequests" ("OrganizationId", "Status");
--@command
CREATE INDEX "IX_SparePartRequests_WarehouseItemId" ON "SparePartRequests" ("WarehouseItemId");
--@command
CREATE INDEX "IX_StockMovements_OrganizationId" ON "StockMovements" ("OrganizationId");
--@command
CREATE INDEX "IX_StockMovements_WarehouseItemId_CreatedAt" ON "StockMovements" ("WarehouseItemId", "CreatedAt");
--@command
CREATE INDEX "IX_TaskActions_OrganizationId" ON "TaskActions" ("OrganizationId");
--@command
CREATE UNIQUE INDEX "IX_TaskActions_OrganizationId_Stream_Name" ON "TaskActions" ("OrganizationId", "Stream", "Name");
--@command
CREATE INDEX "IX_TechnicianSkills_OrganizationId" ON "TechnicianSkills" ("OrganizationId");
--@command
CREATE UNIQUE INDEX "IX_TechnicianSkills_OrganizationId_UserId_Stream" ON "TechnicianSkills" ("OrganizationId", "UserId", "Stream");
--@command
CREATE INDEX "IX_TechnicianSkills_UserId" ON "TechnicianSkills" ("UserId");
--@command
CREATE INDEX "IX_Vehicles_OrganizationId" ON "Vehicles" ("OrganizationId");
--@command
CREATE UNIQUE INDEX "IX_Vehicles_OrganizationId_RegistrationNumber" ON "Vehicles" ("OrganizationId", "RegistrationNumber");
--@command
CREATE INDEX "IX_WarehouseItems_OrganizationId" ON "WarehouseItems" ("OrganizationId");
--@command
CREATE UNIQUE INDEX "IX_WarehouseItems_OrganizationId_Sku" ON "WarehouseItems" ("OrganizationId", "Sku");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121141344_PlatformServicesAndWorkshop', '10.0.15');
--@command
CREATE TABLE "MaterialStocks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MaterialStocks" PRIMARY KEY,
    "ItemName" TEXT NOT NULL,
    "Unit" TEXT NOT NULL,
    "Quantity" TEXT NOT NULL,
    "Location" TEXT NULL,
    "Notes" TEXT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "CK_MaterialStocks_Quantity_NotNegative" CHECK ("Quantity" >= 0)
);
--@command
CREATE TABLE "Projects" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Projects" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Site" TEXT NULL,
    "IsActive" INTEGER NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL
);
--@command
CREATE TABLE "Subcontractors" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Subcontractors" PRIMARY KEY,
    "CompanyName" TEXT NOT NULL,
    "TradeType" TEXT NOT NULL,
    "ContactPerson" TEXT NULL,
    "Phone" TEXT NULL,
    "Email" TEXT NULL,
    "DailyRate" TEXT NULL,
    "UserId" TEXT NULL,
    "IsActive" INTEGER NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Subcontractors_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL
);
--@command
CREATE TABLE "DailyLogs" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DailyLogs" PRIMARY KEY,
    "SubcontractorId" TEXT NOT NULL,
    "ProjectId" TEXT NULL,
    "LogDate" TEXT NOT NULL,
    "WorkSummary" TEXT NOT NULL,
    "WorkersCount" INTEGER NOT NULL,
    "ReviewedByName" TEXT NULL,
    "ReviewedAt" TEXT NULL,
    "ReviewNote" TEXT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    CONSTRAINT "CK_DailyLogs_WorkersCount_NotNegative" CHECK ("WorkersCount" >= 0),
    CONSTRAINT "FK_DailyLogs_Projects_ProjectId" FOREIGN KEY ("ProjectId") REFERENCES "Projects" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_DailyLogs_Subcontractors_SubcontractorId" FOREIGN KEY ("SubcontractorId") REFERENCES "Subcontractors" ("Id") ON DELETE RESTRICT
);
--@command
CREATE TABLE "Expenses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Expenses" PRIMARY KEY,
    "SubcontractorId" TEXT NOT NULL,
    "ProjectId" TEXT NULL,
    "Category" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "ExpenseDate" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "ReviewedByName" TEXT NULL,
    "ReviewedAt" TEXT NULL,
    "ReviewNote" TEXT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    CONSTRAINT "CK_Expenses_Amount_Positive" CHECK ("Amount" > 0),
    CONSTRAINT "FK_Expenses_Projects_ProjectId" FOREIGN KEY ("ProjectId") REFERENCES "Projects" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Expenses_Subcontractors_SubcontractorId" FOREIGN KEY ("SubcontractorId") REFERENCES "Subcontractors" ("Id") ON DELETE RESTRICT
);
--@command
CREATE TABLE "Vouchers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Vouchers" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "SubcontractorId" TEXT NOT NULL,
    "ProjectId" TEXT NULL,
    "PeriodStart" TEXT NOT NULL,
    "PeriodEnd" TEXT NOT NULL,
    "CurrencyCode" TEXT NOT NULL,
    "CurrencyMinorUnits" INTEGER NOT NULL,
    "Total" TEXT NOT NULL,
    "Notes" TEXT NULL,
    "SubmittedAt" TEXT NULL,
    "ApprovedByName" TEXT NULL,
    "ApprovedAt" TEXT NULL,
    "RejectionReason" TEXT NULL,
    "PaidOn" TEXT NULL,
    "PaymentMethod" TEXT NULL,
    "PaymentReference" TEXT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    CONSTRAINT "FK_Vouchers_Projects_ProjectId" FOREIGN KEY ("ProjectId") REFERENCES "Projects" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Vouchers_Subcontractors_SubcontractorId" FOREIGN KEY ("SubcontractorId") REFERENCES "Subcontractors" ("Id") ON DELETE RESTRICT
);
--@command
CREATE TABLE "LedgerEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_LedgerEntries" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "PartyType" TEXT NOT NULL,
    "PartyId" TEXT NOT NULL,
    "EntryType" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "EntryDate" TEXT NOT NULL,
    "Reference" TEXT NULL,
    "Description" TEXT NOT NULL,
    "VoucherId" TEXT NULL,
    "ExpenseId" TEXT NULL,
    "ReversesEntryId" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedByName" TEXT NOT NULL,
    CONSTRAINT "FK_LedgerEntries_Expenses_ExpenseId" FOREIGN KEY ("ExpenseId") REFERENCES "Expenses" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_LedgerEntries_LedgerEntries_ReversesEntryId" FOREIGN KEY ("ReversesEntryId") REFERENCES "LedgerEntries" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_LedgerEntries_Vouchers_VoucherId" FOREIGN KEY ("VoucherId") REFERENCES "Vouchers" ("Id") ON DELETE RESTRICT
);
--@command
CREATE TABLE "VoucherLines" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_VoucherLines" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "VoucherId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Description" TEXT NOT NULL,
    "Quantity" TEXT NOT NULL,
    "Unit" TEXT NULL,
    "Rate" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    CONSTRAINT "FK_VoucherLines_Vouchers_VoucherId" FOREIGN KEY ("VoucherId") REFERENCES "Vouchers" ("Id") ON DELETE CASCADE
);
--@command
CREATE INDEX "IX_DailyLogs_OrganizationId" ON "DailyLogs" ("OrganizationId");
--@command
CREATE INDEX "IX_DailyLogs_OrganizationId_Status" ON "DailyLogs" ("OrganizationId", "Status");
--@command
CREATE INDEX "IX_DailyLogs_ProjectId" ON "DailyLogs" ("ProjectId");
--@command
CREATE INDEX "IX_DailyLogs_SubcontractorId_LogDate" ON "DailyLogs" ("SubcontractorId", "LogDate");
--@command
CREATE INDEX "IX_Expenses_OrganizationId" ON "Expenses" ("OrganizationId");
--@command
CREATE INDEX "IX_Expenses_OrganizationId_Status" ON "Expenses" ("OrganizationId", "Status");
--@command
CREATE INDEX "IX_Expenses_ProjectId" ON "Expenses" ("ProjectId");
--@command
CREATE INDEX "IX_Expenses_SubcontractorId_ExpenseDate" ON "Expenses" ("SubcontractorId", "ExpenseDate");
--@command
CREATE UNIQUE INDEX "IX_LedgerEntries_ExpenseId" ON "LedgerEntries" ("ExpenseId") WHERE "ExpenseId" IS NOT NULL AND "ReversesEntryId" IS NULL;
--@command
CREATE INDEX "IX_LedgerEntries_OrganizationId" ON "LedgerEntries" ("OrganizationId");
--@command
CREATE INDEX "IX_LedgerEntries_OrganizationId_PartyType_PartyId_EntryDate" ON "LedgerEntries" ("OrganizationId", "PartyType", "PartyId", "EntryDate");
--@command
CREATE UNIQUE INDEX "IX_LedgerEntries_ReversesEntryId" ON "LedgerEntries" ("ReversesEntryId") WHERE "ReversesEntryId" IS NOT NULL;
--@command
CREATE UNIQUE INDEX "IX_LedgerEntries_VoucherId" ON "LedgerEntries" ("VoucherId") WHERE "VoucherId" IS NOT NULL AND "ReversesEntryId" IS NULL;
--@command
CREATE INDEX "IX_MaterialStocks_OrganizationId" ON "MaterialStocks" ("OrganizationId");
--@command
CREATE INDEX "IX_Projects_OrganizationId" ON "Projects" ("OrganizationId");
--@command
CREATE UNIQUE INDEX "IX_Projects_OrganizationId_Code" ON "Projects" ("OrganizationId", "Code");
--@command
CREATE INDEX "IX_Subcontractors_OrganizationId" ON "Subcontractors" ("OrganizationId");
--@command
CREATE UNIQUE INDEX "IX_Subcontractors_OrganizationId_CompanyName" ON "Subcontractors" ("OrganizationId", "CompanyName");
--@command
CREATE UNIQUE INDEX "IX_Subcontractors_UserId" ON "Subcontractors" ("UserId") WHERE "UserId" IS NOT NULL;
--@command
CREATE INDEX "IX_VoucherLines_OrganizationId" ON "VoucherLines" ("OrganizationId");
--@command
CREATE UNIQUE INDEX "IX_VoucherLines_VoucherId_Position" ON "VoucherLines" ("VoucherId", "Position");
--@command
CREATE INDEX "IX_Vouchers_OrganizationId" ON "Vouchers" ("OrganizationId");
--@command
CREATE UNIQUE INDEX "IX_Vouchers_OrganizationId_Number" ON "Vouchers" ("OrganizationId", "Number");
--@command
CREATE INDEX "IX_Vouchers_OrganizationId_Status" ON "Vouchers" ("OrganizationId", "Status");
--@command
CREATE INDEX "IX_Vouchers_ProjectId" ON "Vouchers" ("ProjectId");
--@command
CREATE INDEX "IX_Vouchers_SubcontractorId" ON "Vouchers" ("SubcontractorId");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121145256_Contracting', '10.0.15');
--@command
ALTER TABLE "Vouchers" ADD "ApprovedById" TEXT NULL;
--@command
ALTER TABLE "Organizations" ADD "Settings_VoucherFourEyes" INTEGER NOT NULL DEFAULT 0;
--@command
CREATE TABLE "VoucherClaims" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_VoucherClaims" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "VoucherId" TEXT NOT NULL,
    "DailyLogId" TEXT NOT NULL,
    CONSTRAINT "FK_VoucherClaims_DailyLogs_DailyLogId" FOREIGN KEY ("DailyLogId") REFERENCES "DailyLogs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_VoucherClaims_Vouchers_VoucherId" FOREIGN KEY ("VoucherId") REFERENCES "Vouchers" ("Id") ON DELETE CASCADE
);
--@command
CREATE UNIQUE INDEX "IX_VoucherClaims_DailyLogId" ON "VoucherClaims" ("DailyLogId");
--@command
CREATE INDEX "IX_VoucherClaims_OrganizationId" ON "VoucherClaims" ("OrganizationId");
--@command
CREATE INDEX "IX_VoucherClaims_VoucherId" ON "VoucherClaims" ("VoucherId");
--@command
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
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201172806_VoucherClaimsAndFourEyes', '10.0.15');
--@command
CREATE TABLE "RefreshTokenUses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RefreshTokenUses" PRIMARY KEY,
    "TokenHash" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "UsedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL
);
--@command
CREATE INDEX "IX_RefreshTokenUses_ExpiresAt" ON "RefreshTokenUses" ("ExpiresAt");
--@command
CREATE UNIQUE INDEX "IX_RefreshTokenUses_TokenHash" ON "RefreshTokenUses" ("TokenHash");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201173706_RefreshTokenUses', '10.0.15');
--@command
DROP INDEX "IX_Vehicles_OrganizationId_RegistrationNumber";
--@command
ALTER TABLE "Vehicles" ADD "RegistrationKey" TEXT NOT NULL DEFAULT '';
--@command
UPDATE "Vehicles" SET "RegistrationKey" =
    upper(replace(replace(replace(replace(replace("RegistrationNumber", ' ', ''), '-', ''), '.', ''), '/', ''), '_', ''));
--@command
UPDATE "Jobs" SET "VehicleId" = (
    SELECT keeper."Id" FROM "Vehicles" v
    JOIN "Vehicles" keeper ON keeper."OrganizationId" = v."OrganizationId" AND keeper."RegistrationKey" = v."RegistrationKey"
    WHERE v."Id" = "Jobs"."VehicleId"
    ORDER BY keeper."CreatedAt", keeper."Id" LIMIT 1);
--@command
DELETE FROM "Vehicles" WHERE "Id" <> (
    SELECT keeper."Id" FROM "Vehicles" keeper
    WHERE keeper."OrganizationId" = "Vehicles"."OrganizationId" AND keeper."RegistrationKey" = "Vehicles"."RegistrationKey"
    ORDER BY keeper."CreatedAt", keeper."Id" LIMIT 1);
--@command
CREATE UNIQUE INDEX "IX_Vehicles_OrganizationId_RegistrationKey" ON "Vehicles" ("OrganizationId", "RegistrationKey");
--@command
CREATE INDEX "IX_Vehicles_OrganizationId_RegistrationNumber" ON "Vehicles" ("OrganizationId", "RegistrationNumber");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201174521_VehicleRegistrationKeys', '10.0.15');
--@command
ALTER TABLE "Invoices" ADD "AmountPaid" TEXT NOT NULL DEFAULT '0.0';
--@command
CREATE TABLE "InvoicePayments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_InvoicePayments" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "InvoiceId" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "PaidOn" TEXT NOT NULL,
    "Method" TEXT NOT NULL,
    "Reference" TEXT NULL,
    "RecordedAt" TEXT NOT NULL,
    "RecordedByName" TEXT NOT NULL,
    CONSTRAINT "FK_InvoicePayments_Invoices_InvoiceId" FOREIGN KEY ("InvoiceId") REFERENCES "Invoices" ("Id") ON DELETE RESTRICT
);
--@command
CREATE INDEX "IX_InvoicePayments_InvoiceId_RecordedAt" ON "InvoicePayments" ("InvoiceId", "RecordedAt");
--@command
CREATE INDEX "IX_InvoicePayments_OrganizationId" ON "InvoicePayments" ("OrganizationId");
--@command
UPDATE "Invoices" SET "AmountPaid" = "Total" WHERE "Status" = 'Paid';
--@command
INSERT INTO "InvoicePayments" ("Id", "OrganizationId", "InvoiceId", "Amount", "PaidOn", "Method", "Reference", "RecordedAt", "RecordedByName")
SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
             substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       "OrganizationId", "Id", "Total", COALESCE("PaidOn", date("IssuedAt")), COALESCE("PaymentMethod", 'Cash'), "PaymentReference",
       COALESCE("PaidAt", "IssuedAt"), 'Recorded before part payments'
FROM "Invoices" WHERE "Status" = 'Paid';
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201175745_InvoicePartPayments', '10.0.15');
--@command
ALTER TABLE "OutboxMails" ADD "AttachmentContent" BLOB NULL;
--@command
ALTER TABLE "OutboxMails" ADD "AttachmentFileName" TEXT NULL;
--@command
CREATE TABLE "ef_temp_OutboxMails" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OutboxMails" PRIMARY KEY,
    "AttachmentContent" BLOB NULL,
    "AttachmentFileName" TEXT NULL,
    "Attempts" INTEGER NOT NULL,
    "Body" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "LastError" TEXT NULL,
    "NextAttemptAt" TEXT NOT NULL,
    "NotificationId" TEXT NULL,
    "OrganizationId" TEXT NOT NULL,
    "SentAt" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "ToAddress" TEXT NOT NULL,
    "ToName" TEXT NOT NULL
);
--@command
INSERT INTO "ef_temp_OutboxMails" ("Id", "AttachmentContent", "AttachmentFileName", "Attempts", "Body", "CreatedAt", "LastError", "NextAttemptAt", "NotificationId", "OrganizationId", "SentAt", "Status", "Subject", "ToAddress", "ToName")
SELECT "Id", "AttachmentContent", "AttachmentFileName", "Attempts", "Body", "CreatedAt", "LastError", "NextAttemptAt", "NotificationId", "OrganizationId", "SentAt", "Status", "Subject", "ToAddress", "ToName"
FROM "OutboxMails";
--@command
DROP TABLE "OutboxMails";
--@command
ALTER TABLE "ef_temp_OutboxMails" RENAME TO "OutboxMails";
--@command
CREATE INDEX "IX_OutboxMails_OrganizationId" ON "OutboxMails" ("OrganizationId");
--@command
CREATE INDEX "IX_OutboxMails_Status_NextAttemptAt" ON "OutboxMails" ("Status", "NextAttemptAt");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201180336_OutboxDocuments', '10.0.15');
--@command
ALTER TABLE "LedgerEntries" ADD "AdvancesAfter" TEXT NOT NULL DEFAULT '0.0';
--@command
ALTER TABLE "LedgerEntries" ADD "BalanceAfter" TEXT NOT NULL DEFAULT '0.0';
--@command
ALTER TABLE "LedgerEntries" ADD "CreditsAfter" TEXT NOT NULL DEFAULT '0.0';
--@command
ALTER TABLE "LedgerEntries" ADD "DeductionsAfter" TEXT NOT NULL DEFAULT '0.0';
--@command
ALTER TABLE "LedgerEntries" ADD "ExpensesAfter" TEXT NOT NULL DEFAULT '0.0';
--@command
ALTER TABLE "LedgerEntries" ADD "Sequence" INTEGER NOT NULL DEFAULT 0;
--@command
UPDATE "LedgerEntries" SET "Sequence" = posted.seq, "CreditsAfter" = posted.credits, "DeductionsAfter" = posted.deductions,
    "AdvancesAfter" = posted.advances, "ExpensesAfter" = posted.expenses, "BalanceAfter" = posted.credits - posted.deductions - posted.advances
FROM (
    SELECT "Id", ROW_NUMBER() OVER w AS seq,
        ROUND(SUM(CASE WHEN "EntryType" = 'Payment' THEN "Amount" ELSE 0 END) OVER w, 4) AS credits,
        ROUND(SUM(CASE WHEN "EntryType" = 'Deduction' THEN "Amount" ELSE 0 END) OVER w, 4) AS deductions,
        ROUND(SUM(CASE WHEN "EntryType" = 'Advance' THEN "Amount" ELSE 0 END) OVER w, 4) AS advances,
        ROUND(SUM(CASE WHEN "EntryType" = 'Expense' THEN "Amount" ELSE 0 END) OVER w, 4) AS expenses
    FROM "LedgerEntries"
    WINDOW w AS (PARTITION BY "PartyType", "PartyId" ORDER BY "EntryDate", "CreatedAt", "Id"
                 ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
) AS posted
WHERE "LedgerEntries"."Id" = posted."Id";
--@command
CREATE UNIQUE INDEX "IX_LedgerEntries_PartyType_PartyId_Sequence" ON "LedgerEntries" ("PartyType", "PartyId", "Sequence");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201181559_PostedLedger', '10.0.15');
--@command
CREATE TABLE "ef_temp_Organizations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Organizations" PRIMARY KEY,
    "CreatedAt" TEXT NOT NULL,
    "Modules" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Settings_AddressLine1" TEXT NULL,
    "Settings_AddressLine2" TEXT NULL,
    "Settings_City" TEXT NULL,
    "Settings_Country" TEXT NULL,
    "Settings_CurrencyCode" TEXT NOT NULL,
    "Settings_CurrencyMinorUnits" INTEGER NOT NULL,
    "Settings_Email" TEXT NULL,
    "Settings_InvoicePrefix" TEXT NOT NULL,
    "Settings_PaymentTermsDays" INTEGER NOT NULL,
    "Settings_Phone" TEXT NULL,
    "Settings_TaxLabel" TEXT NOT NULL,
    "Settings_TaxNumber" TEXT NULL,
    "Settings_TaxRate" TEXT NOT NULL,
    "Settings_TimeZoneId" TEXT NOT NULL,
    "Settings_VoucherFourEyes" INTEGER NOT NULL
);
--@command
INSERT INTO "ef_temp_Organizations" ("Id", "CreatedAt", "Modules", "Name", "Settings_AddressLine1", "Settings_AddressLine2", "Settings_City", "Settings_Country", "Settings_CurrencyCode", "Settings_CurrencyMinorUnits", "Settings_Email", "Settings_InvoicePrefix", "Settings_PaymentTermsDays", "Settings_Phone", "Settings_TaxLabel", "Settings_TaxNumber", "Settings_TaxRate", "Settings_TimeZoneId", "Settings_VoucherFourEyes")
SELECT "Id", "CreatedAt", "Modules", "Name", "Settings_AddressLine1", "Settings_AddressLine2", "Settings_City", "Settings_Country", "Settings_CurrencyCode", "Settings_CurrencyMinorUnits", "Settings_Email", "Settings_InvoicePrefix", "Settings_PaymentTermsDays", "Settings_Phone", "Settings_TaxLabel", "Settings_TaxNumber", "Settings_TaxRate", "Settings_TimeZoneId", "Settings_VoucherFourEyes"
FROM "Organizations";
--@command
DROP TABLE "Organizations";
--@command
ALTER TABLE "ef_temp_Organizations" RENAME TO "Organizations";
--@command
CREATE UNIQUE INDEX "IX_Organizations_Name" ON "Organizations" ("Name");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201202043_ModuleSettingsOutOfPlatform', '10.0.15');
--@command
DROP INDEX "IX_Vouchers_OrganizationId_Status";
--@command
DROP INDEX "IX_Vouchers_SubcontractorId";
--@command
DROP INDEX "IX_SparePartRequests_JobId";
--@command
DROP INDEX "IX_SparePartRequests_OrganizationId_Status";
--@command
DROP INDEX "IX_Notifications_RecipientUserId_ReadAt_CreatedAt";
--@command
DROP INDEX "IX_Jobs_OrganizationId_Status";
--@command
DROP INDEX "IX_Jobs_OrganizationId_TechnicianId";
--@command
DROP INDEX "IX_Invoices_OrganizationId_Status";
--@command
DROP INDEX "IX_Expenses_OrganizationId_Status";
--@command
DROP INDEX "IX_Expenses_SubcontractorId_ExpenseDate";
--@command
DROP INDEX "IX_DailyLogs_OrganizationId_Status";
--@command
DROP INDEX "IX_DailyLogs_SubcontractorId_LogDate";
--@command
CREATE INDEX "IX_Vouchers_OrganizationId_PeriodEnd_Number" ON "Vouchers" ("OrganizationId", "PeriodEnd", "Number");
--@command
CREATE INDEX "IX_Vouchers_OrganizationId_Status_PeriodEnd_Number" ON "Vouchers" ("OrganizationId", "Status", "PeriodEnd", "Number");
--@command
CREATE INDEX "IX_Vouchers_SubcontractorId_PeriodEnd_Number" ON "Vouchers" ("SubcontractorId", "PeriodEnd", "Number");
--@command
CREATE INDEX "IX_Vouchers_SubcontractorId_Status_PeriodEnd" ON "Vouchers" ("SubcontractorId", "Status", "PeriodEnd");
--@command
CREATE INDEX "IX_Vouchers_SubcontractorId_UpdatedAt" ON "Vouchers" ("SubcontractorId", "UpdatedAt");
--@command
CREATE INDEX "IX_SparePartRequests_JobId_Status" ON "SparePartRequests" ("JobId", "Status");
--@command
CREATE INDEX "IX_SparePartRequests_OrganizationId_Status_CreatedAt" ON "SparePartRequests" ("OrganizationId", "Status", "CreatedAt");
--@command
CREATE INDEX "IX_Notifications_OrganizationId_RecipientUserId_CreatedAt_Id" ON "Notifications" ("OrganizationId", "RecipientUserId", "CreatedAt", "Id");
--@command
CREATE INDEX "IX_Notifications_OrganizationId_RecipientUserId_ReadAt_CreatedAt" ON "Notifications" ("OrganizationId", "RecipientUserId", "ReadAt", "CreatedAt");
--@command
CREATE INDEX "IX_Jobs_OrganizationId_ReceivedAt" ON "Jobs" ("OrganizationId", "ReceivedAt");
--@command
CREATE INDEX "IX_Jobs_OrganizationId_Status_ReceivedAt" ON "Jobs" ("OrganizationId", "Status", "ReceivedAt");
--@command
CREATE INDEX "IX_Jobs_OrganizationId_TechnicianId_ReceivedAt" ON "Jobs" ("OrganizationId", "TechnicianId", "ReceivedAt");
--@command
CREATE INDEX "IX_Invoices_OrganizationId_Status_Number" ON "Invoices" ("OrganizationId", "Status", "Number");
--@command
CREATE INDEX "IX_Expenses_OrganizationId_ExpenseDate_CreatedAt" ON "Expenses" ("OrganizationId", "ExpenseDate", "CreatedAt");
--@command
CREATE INDEX "IX_Expenses_OrganizationId_Status_ExpenseDate_CreatedAt" ON "Expenses" ("OrganizationId", "Status", "ExpenseDate", "CreatedAt");
--@command
CREATE INDEX "IX_Expenses_SubcontractorId_CreatedAt" ON "Expenses" ("SubcontractorId", "CreatedAt");
--@command
CREATE INDEX "IX_Expenses_SubcontractorId_ExpenseDate_CreatedAt" ON "Expenses" ("SubcontractorId", "ExpenseDate", "CreatedAt");
--@command
CREATE INDEX "IX_DailyLogs_OrganizationId_LogDate_CreatedAt" ON "DailyLogs" ("OrganizationId", "LogDate", "CreatedAt");
--@command
CREATE INDEX "IX_DailyLogs_OrganizationId_Status_LogDate_CreatedAt" ON "DailyLogs" ("OrganizationId", "Status", "LogDate", "CreatedAt");
--@command
CREATE INDEX "IX_DailyLogs_SubcontractorId_CreatedAt" ON "DailyLogs" ("SubcontractorId", "CreatedAt");
--@command
CREATE INDEX "IX_DailyLogs_SubcontractorId_LogDate_CreatedAt" ON "DailyLogs" ("SubcontractorId", "LogDate", "CreatedAt");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201205939_ListIndexes', '10.0.15');
--@command
CREATE TABLE "JobCounts" (
    "OrganizationId" TEXT NOT NULL,
    "TechnicianId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "PK_JobCounts" PRIMARY KEY ("OrganizationId", "TechnicianId", "Status")
);
--@command
CREATE TABLE "NotificationCounts" (
    "OrganizationId" TEXT NOT NULL,
    "RecipientUserId" TEXT NOT NULL,
    "Total" INTEGER NOT NULL,
    "Unread" INTEGER NOT NULL,
    CONSTRAINT "PK_NotificationCounts" PRIMARY KEY ("OrganizationId", "RecipientUserId")
);
--@command
CREATE TRIGGER JobCounts_Insert AFTER INSERT ON Jobs BEGIN
    INSERT INTO JobCounts (OrganizationId, TechnicianId, Status, Count)
        VALUES (NEW.OrganizationId, COALESCE(NEW.TechnicianId, ''), NEW.Status, 1)
        ON CONFLICT (OrganizationId, TechnicianId, Status) DO UPDATE SET Count = Count + 1;
END;
CREATE TRIGGER JobCounts_Update AFTER UPDATE OF Status, TechnicianId ON Jobs
    WHEN OLD.Status IS NOT NEW.Status OR OLD.TechnicianId IS NOT NEW.TechnicianId BEGIN
    UPDATE JobCounts SET Count = Count - 1
        WHERE OrganizationId = OLD.OrganizationId AND TechnicianId = COALESCE(OLD.TechnicianId, '') AND Status = OLD.Status;
    INSERT INTO JobCounts (OrganizationId, TechnicianId, Status, Count)
        VALUES (NEW.OrganizationId, COALESCE(NEW.TechnicianId, ''), NEW.Status, 1)
        ON CONFLICT (OrganizationId, TechnicianId, Status) DO UPDATE SET Count = Count + 1;
END;
CREATE TRIGGER JobCounts_Delete AFTER DELETE ON Jobs BEGIN
    UPDATE JobCounts SET Count = Count - 1
        WHERE OrganizationId = OLD.OrganizationId AND TechnicianId = COALESCE(OLD.TechnicianId, '') AND Status = OLD.Status;
END;
CREATE TRIGGER NotificationCounts_Insert AFTER INSERT ON Notifications BEGIN
    INSERT INTO NotificationCounts (OrganizationId, RecipientUserId, Total, Unread)
        VALUES (NEW.OrganizationId, NEW.RecipientUserId, 1, NEW.ReadAt IS NULL)
        ON CONFLICT (OrganizationId, RecipientUserId) DO UPDATE SET Total = Total + 1, Unread = Unread + (NEW.ReadAt IS NULL);
END;
CREATE TRIGGER NotificationCounts_Update AFTER UPDATE OF ReadAt ON Notifications
    WHEN (OLD.ReadAt IS NULL) IS NOT (NEW.ReadAt IS NULL) BEGIN
    UPDATE NotificationCounts SET Unread = Unread + (NEW.ReadAt IS NULL) - (OLD.ReadAt IS NULL)
        WHERE OrganizationId = NEW.OrganizationId AND RecipientUserId = NEW.RecipientUserId;
END;
CREATE TRIGGER NotificationCounts_Delete AFTER DELETE ON Notifications BEGIN
    UPDATE NotificationCounts SET Total = Total - 1, Unread = Unread - (OLD.ReadAt IS NULL)
        WHERE OrganizationId = OLD.OrganizationId AND RecipientUserId = OLD.RecipientUserId;
END;
--@command
DELETE FROM "JobCounts";
INSERT INTO "JobCounts" ("OrganizationId", "TechnicianId", "Status", "Count")
    SELECT "OrganizationId", COALESCE("TechnicianId", ''), "Status", COUNT(*) FROM "Jobs"
    GROUP BY "OrganizationId", COALESCE("TechnicianId", ''), "Status";
DELETE FROM "NotificationCounts";
INSERT INTO "NotificationCounts" ("OrganizationId", "RecipientUserId", "Total", "Unread")
    SELECT "OrganizationId", "RecipientUserId", COUNT(*), SUM(CASE WHEN "ReadAt" IS NULL THEN 1 ELSE 0 END) FROM "Notifications"
    GROUP BY "OrganizationId", "RecipientUserId";
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201221328_SummaryCounts', '10.0.15');
--@command
CREATE TABLE "SearchTerms" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SearchTerms" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "Term" TEXT NOT NULL,
    "RecordId" TEXT NOT NULL
);
--@command
CREATE INDEX "IX_SearchTerms_OrganizationId" ON "SearchTerms" ("OrganizationId");
--@command
CREATE INDEX "IX_SearchTerms_OrganizationId_Term_RecordId" ON "SearchTerms" ("OrganizationId", "Term", "RecordId");
--@command
CREATE INDEX "IX_SearchTerms_RecordId" ON "SearchTerms" ("RecordId");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201222204_SearchTerms', '10.0.15');
--@command
DROP INDEX "IX_Jobs_OrganizationId_ReceivedAt";
--@command
DROP INDEX "IX_Jobs_OrganizationId_Status_ReceivedAt";
--@command
DROP INDEX "IX_Jobs_OrganizationId_TechnicianId_ReceivedAt";
--@command
CREATE INDEX "IX_Jobs_OrganizationId_ReceivedAt_Number" ON "Jobs" ("OrganizationId", "ReceivedAt", "Number");
--@command
CREATE INDEX "IX_Jobs_OrganizationId_Status_ReceivedAt_Number" ON "Jobs" ("OrganizationId", "Status", "ReceivedAt", "Number");
--@command
CREATE INDEX "IX_Jobs_OrganizationId_TechnicianId_ReceivedAt_Number" ON "Jobs" ("OrganizationId", "TechnicianId", "ReceivedAt", "Number");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201233305_JobListTieBreak', '10.0.15');
--@command
DROP INDEX "IX_SearchTerms_RecordId";
--@command
CREATE INDEX "IX_SearchTerms_RecordId_Term" ON "SearchTerms" ("RecordId", "Term");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201235958_SearchTermProbeIndex', '10.0.15');
--@command
CREATE TABLE "ExpenseCategories" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ExpenseCategories" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Code" TEXT NULL,
    "Description" TEXT NULL,
    "IsTaxDeductible" INTEGER NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "DisplayOrder" INTEGER NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL
);
--@command
CREATE TABLE "LandlordSettingses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_LandlordSettingses" PRIMARY KEY,
    "LandlordUserId" TEXT NOT NULL,
    "AutoApprovalThreshold" TEXT NULL,
    "QuoteThreshold" TEXT NULL,
    "OwnerApprovalLimit" TEXT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_LandlordSettingses_AspNetUsers_LandlordUserId" FOREIGN KEY ("LandlordUserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
--@command
CREATE TABLE "MaintenanceSettingses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MaintenanceSettingses" PRIMARY KEY,
    "AutoApprovalThreshold" TEXT NOT NULL,
    "QuoteThreshold" TEXT NOT NULL,
    "OwnerApprovalLimit" TEXT NOT NULL,
    "EmergencyAutoApprovalLimit" TEXT NOT NULL,
    "VerificationWindowDays" INTEGER NOT NULL,
    "EmergencyAssignHours" INTEGER NOT NULL,
    "EmergencyOnSiteHours" INTEGER NOT NULL,
    "HighAssignHours" INTEGER NOT NULL,
    "HighOnSiteHours" INTEGER NOT NULL,
    "MediumAssignHours" INTEGER NOT NULL,
    "MediumOnSiteHours" INTEGER NOT NULL,
    "LowAssignHours" INTEGER NOT NULL,
    "LowOnSiteHours" INTEGER NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL
);
--@command
CREATE TABLE "Properties" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Properties" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Address" TEXT NOT NULL,
    "Area" TEXT NULL,
    "OwnerUserId" TEXT NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Properties_AspNetUsers_OwnerUserId" FOREIGN KEY ("OwnerUserId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT
);
--@command
CREATE TABLE "Vendors" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Vendors" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "VendorType" TEXT NOT NULL,
    "ContactPerson" TEXT NULL,
    "PhonePrimary" TEXT NULL,
    "PhoneSecondary" TEXT NULL,
    "Mobile" TEXT NULL,
    "Email" TEXT NULL,
    "Address" TEXT NULL,
    "NationalId" TEXT NULL,
    "CommercialRegistration" TEXT NULL,
    "TaxNumber" TEXT NULL,
    "Specialization" TEXT NULL,
    "PaymentTerms" TEXT NOT NULL,
    "PreferredPaymentMethod" TEXT NOT NULL,
    "EmergencyAvailable" INTEGER NOT NULL,
    "ServiceAreas" TEXT NULL,
    "IsActive" INTEGER NOT NULL,
    "Notes" TEXT NULL,
    "UserId" TEXT NULL,
    "RatingTotal" INTEGER NOT NULL,
    "RatingCount" INTEGER NOT NULL,
    "JobsCompleted" INTEGER NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "CK_Vendors_Ratings" CHECK ("RatingCount" >= 0 AND "RatingTotal" >= "RatingCount" AND "RatingTotal" <= 5 * "RatingCount"),
    CONSTRAINT "FK_Vendors_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL
);
--@command
CREATE TABLE "ExpenseTypes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ExpenseTypes" PRIMARY KEY,
    "CategoryId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Code" TEXT NULL,
    "Description" TEXT NULL,
    "CostMin" TEXT NULL,
    "CostMax" TEXT NULL,
    "Frequency" TEXT NOT NULL,
    "IsEmergency" INTEGER NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "DisplayOrder" INTEGER NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "CK_ExpenseTypes_CostRange" CHECK (("CostMin" IS NULL OR CAST("CostMin" AS REAL) >= 0) AND ("CostMax" IS NULL OR "CostMin" IS NULL OR CAST("CostMax" AS REAL) >= CAST("CostMin" AS REAL))),
    CONSTRAINT "FK_ExpenseTypes_ExpenseCategories_CategoryId" FOREIGN KEY ("CategoryId") REFERENCES "ExpenseCategories" ("Id") ON DELETE RESTRICT
);
--@command
CREATE TABLE "Units" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Units" PRIMARY KEY,
    "PropertyId" TEXT NOT NULL,
    "Number" TEXT NOT NULL,
    "Floor" INTEGER NULL,
    "TenantUserId" TEXT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Units_AspNetUsers_TenantUserId" FOREIGN KEY ("TenantUserId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Units_Properties_PropertyId" FOREIGN KEY ("PropertyId") REFERENCES "Properties" ("Id") ON DELETE RESTRICT
);
--@command
CREATE TABLE "MaintenanceRequests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MaintenanceRequests" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "PropertyId" TEXT NOT NULL,
    "UnitId" TEXT NULL,
    "OwnerUserId" TEXT NOT NULL,
    "TenantUserId" TEXT NULL,
    "RequestorType" TEXT NOT NULL,
    "RequestedById" TEXT NOT NULL,
    "RequestedByName" TEXT NOT NULL,
    "ExpenseTypeId" TEXT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Priority" TEXT NOT NULL,
    "PriorityRank" INTEGER NOT NULL,
    "PermissionToEnter" INTEGER NOT NULL,
    "Availability" TEXT NULL,
    "AccessNotes" TEXT NULL,
    "CurrencyCode" TEXT NOT NULL,
    "CurrencyMinorUnits" INTEGER NOT NULL,
    "IsOpen" INTEGER NOT NULL,
    "RequestedAt" TEXT NOT NULL,
    "AssignDueAt" TEXT NOT NULL,
    "OnSiteDueAt" TEXT NOT NULL,
    "AssignedAt" TEXT NULL,
    "AcknowledgedAt" TEXT NULL,
    "EstimatedAt" TEXT NULL,
    "ApprovedAt" TEXT NULL,
    "ScheduledFor" TEXT NULL,
    "StartedAt" TEXT NULL,
    "CompletedAt" TEXT NULL,
    "VerifiedAt" TEXT NULL,
    "VerificationDueAt" TEXT NULL,
    "ClosedAt" TEXT NULL,
    "AssigneeUserId" TEXT NULL,
    "AssigneeName" TEXT NULL,
    "VendorId" TEXT NULL,
    "VendorUserId" TEXT NULL,
    "VendorName" TEXT NULL,
    "EstimatedCost" TEXT NULL,
    "EstimatedDuration" TEXT NULL,
    "EstimateNotes" TEXT NULL,
    "EstimatedByName" TEXT NULL,
    "EstimateNeedsOwner" INTEGER NOT NULL,
    "EstimateRejectionReason" TEXT NULL,
    "ApprovedBudget" TEXT NULL,
    "ApprovedById" TEXT NULL,
    "ApprovedByName" TEXT NULL,
    "ApprovalNotes" TEXT NULL,
    "SelectedQuoteId" TEXT NULL,
    "RejectionReason" TEXT NULL,
    "HoldReason" TEXT NULL,
    "CancellationReason" TEXT NULL,
    "ReopenReason" TEXT NULL,
    "ActualCost" TEXT NULL,
    "CostVariance" TEXT NULL,
    "VarianceReason" TEXT NULL,
    "CompletionNotes" TEXT NULL,
    "ReceiptNumber" TEXT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    CONSTRAINT "CK_MaintenanceRequests_CompletedAfterStarted" CHECK ("CompletedAt" IS NULL OR "StartedAt" IS NULL OR "CompletedAt" >= "StartedAt"),
    CONSTRAINT "CK_MaintenanceRequests_StartedAfterScheduled" CHECK ("StartedAt" IS NULL OR "ScheduledFor" IS NULL OR "StartedAt" >= "ScheduledFor"),
    CONSTRAINT "FK_MaintenanceRequests_ExpenseTypes_ExpenseTypeId" FOREIGN KEY ("ExpenseTypeId") REFERENCES "ExpenseTypes" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MaintenanceRequests_Properties_PropertyId" FOREIGN KEY ("PropertyId") REFERENCES "Properties" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MaintenanceRequests_Units_UnitId" FOREIGN KEY ("UnitId") REFERENCES "Units" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MaintenanceRequests_Vendors_VendorId" FOREIGN KEY ("VendorId") REFERENCES "Vendors" ("Id") ON DELETE RESTRICT
);
--@command
CREATE TABLE "MaintenanceCostLines" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MaintenanceCostLines" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "RequestId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Item" TEXT NOT NULL,
    "Quantity" TEXT NOT NULL,
    "UnitCost" TEXT NOT NULL,
    "Total" TEXT NOT NULL,
    "Planned" TEXT NULL,
    "Actual" TEXT NULL,
    CONSTRAINT "FK_MaintenanceCostLines_MaintenanceRequests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "MaintenanceRequests" ("Id") ON DELETE CASCADE
);
--@command
CREATE TABLE "MaintenanceMessages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MaintenanceMessages" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "RequestId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "AuthorUserId" TEXT NOT NULL,
    "AuthorName" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    CONSTRAINT "FK_MaintenanceMessages_MaintenanceRequests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "MaintenanceRequests" ("Id") ON DELETE RESTRICT
);
--@command
CREATE TABLE "MaintenancePayments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MaintenancePayments" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "RequestId" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "CurrencyCode" TEXT NOT NULL,
    "PropertyId" TEXT NOT NULL,
    "UnitId" TEXT NULL,
    "PropertyName" TEXT NOT NULL,
    "UnitNumber" TEXT NULL,
    "CategoryName" TEXT NULL,
    "PaidTo" TEXT NOT NULL,
    "PaidOn" TEXT NOT NULL,
    "Method" TEXT NOT NULL,
    "Reference" TEXT NULL,
    "LandlordUserId" TEXT NOT NULL,
    "RecordedByName" TEXT NOT NULL,
    "RecordedAt" TEXT NOT NULL,
    CONSTRAINT "FK_MaintenancePayments_MaintenanceRequests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "MaintenanceRequests" ("Id") ON DELETE RESTRICT
);
--@command
CREATE TABLE "MaintenanceRatings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MaintenanceRatings" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "RequestId" TEXT NOT NULL,
    "TenantUserId" TEXT NOT NULL,
    "VendorId" TEXT NULL,
    "Overall" INTEGER NOT NULL,
    "ResponseTime" INTEGER NULL,
    "Quality" INTEGER NULL,
    "Professionalism" INTEGER NULL,
    "Communication" INTEGER NULL,
    "WouldRecommend" INTEGER NULL,
    "Feedback" TEXT NULL,
    "RatedAt" TEXT NOT NULL,
    CONSTRAINT "CK_MaintenanceRatings_Dimensions" CHECK (("ResponseTime" IS NULL OR "ResponseTime" BETWEEN 1 AND 5) AND ("Quality" IS NULL OR "Quality" BETWEEN 1 AND 5) AND ("Professionalism" IS NULL OR "Professionalism" BETWEEN 1 AND 5) AND ("Communication" IS NULL OR "Communication" BETWEEN 1 AND 5)),
    CONSTRAINT "CK_MaintenanceRatings_Overall" CHECK ("Overall" BETWEEN 1 AND 5),
    CONSTRAINT "FK_MaintenanceRatings_MaintenanceRequests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "MaintenanceRequests" ("Id") ON DELETE RESTRICT
);
--@command
CREATE TABLE "Quotes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Quotes" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "RequestId" TEXT NOT NULL,
    "OwnerUserId" TEXT NOT NULL,
    "VendorId" TEXT NULL,
    "VendorName" TEXT NOT NULL,
    "VendorContact" TEXT NULL,
    "VendorEmail" TEXT NULL,
    "Amount" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "ValidUntil" TEXT NOT NULL,
    "NeedsOwner" INTEGER NOT NULL,
    "SubmittedByName" TEXT NOT NULL,
    "SubmittedAt" TEXT NOT NULL,
    "DecidedByName" TEXT NULL,
    "DecidedAt" TEXT NULL,
    "DecisionNote" TEXT NULL,
    "OrganizationId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    CONSTRAINT "FK_Quotes_MaintenanceRequests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "MaintenanceRequests" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Quotes_Vendors_VendorId" FOREIGN KEY ("VendorId") REFERENCES "Vendors" ("Id") ON DELETE RESTRICT
);
--@command
CREATE TABLE "QuoteItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QuoteItems" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "QuoteId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Item" TEXT NOT NULL,
    "Cost" TEXT NOT NULL,
    CONSTRAINT "FK_QuoteItems_Quotes_QuoteId" FOREIGN KEY ("QuoteId") REFERENCES "Quotes" ("Id") ON DELETE CASCADE
);
--@command
CREATE INDEX "IX_ExpenseCategories_OrganizationId" ON "ExpenseCategories" ("OrganizationId");
--@command
CREATE UNIQUE INDEX "IX_ExpenseCategories_OrganizationId_Name" ON "ExpenseCategories" ("OrganizationId", "Name");
--@command
CREATE UNIQUE INDEX "IX_ExpenseTypes_CategoryId_Name" ON "ExpenseTypes" ("CategoryId", "Name");
--@command
CREATE INDEX "IX_ExpenseTypes_OrganizationId" ON "ExpenseTypes" ("OrganizationId");
--@command
CREATE INDEX "IX_LandlordSettingses_LandlordUserId" ON "LandlordSettingses" ("LandlordUserId");
--@command
CREATE INDEX "IX_LandlordSettingses_OrganizationId" ON "LandlordSettingses" ("OrganizationId");
--@command
CREATE UNIQUE INDEX "IX_LandlordSettingses_OrganizationId_LandlordUserId" ON "LandlordSettingses" ("OrganizationId", "LandlordUserId");
--@command
CREATE INDEX "IX_MaintenanceCostLines_OrganizationId" ON "MaintenanceCostLines" ("OrganizationId");
--@command
CREATE INDEX "IX_MaintenanceCostLines_RequestId_Kind_Position" ON "MaintenanceCostLines" ("RequestId", "Kind", "Position");
--@command
CREATE INDEX "IX_MaintenanceMessages_OrganizationId" ON "MaintenanceMessages" ("OrganizationId");
--@command
CREATE INDEX "IX_MaintenanceMessages_RequestId_At" ON "MaintenanceMessages" ("RequestId", "At");
--@command
CREATE INDEX "IX_MaintenancePayments_LandlordUserId_PaidOn" ON "MaintenancePayments" ("LandlordUserId", "PaidOn");
--@command
CREATE INDEX "IX_MaintenancePayments_OrganizationId" ON "MaintenancePayments" ("OrganizationId");
--@command
CREATE INDEX "IX_MaintenancePayments_OrganizationId_PaidOn" ON "MaintenancePayments" ("OrganizationId", "PaidOn");
--@command
CREATE UNIQUE INDEX "IX_MaintenancePayments_RequestId" ON "MaintenancePayments" ("RequestId");
--@command
CREATE INDEX "IX_MaintenanceRatings_OrganizationId" ON "MaintenanceRatings" ("OrganizationId");
--@command
CREATE UNIQUE INDEX "IX_MaintenanceRatings_RequestId" ON "MaintenanceRatings" ("RequestId");
--@command
CREATE INDEX "IX_MaintenanceRatings_VendorId_RatedAt" ON "MaintenanceRatings" ("VendorId", "RatedAt");
--@command
CREATE INDEX "IX_MaintenanceRequests_AssigneeUserId_PriorityRank_RequestedAt_Number" ON "MaintenanceRequests" ("AssigneeUserId", "PriorityRank", "RequestedAt" DESC, "Number" DESC);
--@command
CREATE INDEX "IX_MaintenanceRequests_ExpenseTypeId_CompletedAt" ON "MaintenanceRequests" ("ExpenseTypeId", "CompletedAt");
--@command
CREATE INDEX "IX_MaintenanceRequests_OrganizationId" ON "MaintenanceRequests" ("OrganizationId");
--@command
CREATE INDEX "IX_MaintenanceRequests_OrganizationId_IsOpen_PriorityRank_RequestedAt_Number" ON "MaintenanceRequests" ("OrganizationId", "IsOpen", "PriorityRank", "RequestedAt" DESC, "Number" DESC);
--@command
CREATE UNIQUE INDEX "IX_MaintenanceRequests_OrganizationId_Number" ON "MaintenanceRequests" ("OrganizationId", "Number");
--@command
CREATE INDEX "IX_MaintenanceRequests_OrganizationId_PriorityRank_RequestedAt_Number" ON "MaintenanceRequests" ("OrganizationId", "PriorityRank", "RequestedAt" DESC, "Number" DESC);
--@command
CREATE INDEX "IX_MaintenanceRequests_OrganizationId_Status_PriorityRank_RequestedAt_Number" ON "MaintenanceRequests" ("OrganizationId", "Status", "PriorityRank", "RequestedAt" DESC, "Number" DESC);
--@command
CREATE INDEX "IX_MaintenanceRequests_OwnerUserId_PriorityRank_RequestedAt_Number" ON "MaintenanceRequests" ("OwnerUserId", "PriorityRank", "RequestedAt" DESC, "Number" DESC);
--@command
CREATE INDEX "IX_MaintenanceRequests_PropertyId" ON "MaintenanceRequests" ("PropertyId");
--@command
CREATE INDEX "IX_MaintenanceRequests_TenantUserId_PriorityRank_RequestedAt_Number" ON "MaintenanceRequests" ("TenantUserId", "PriorityRank", "RequestedAt" DESC, "Number" DESC);
--@command
CREATE INDEX "IX_MaintenanceRequests_UnitId" ON "MaintenanceRequests" ("UnitId");
--@command
CREATE INDEX "IX_MaintenanceRequests_VendorId" ON "MaintenanceRequests" ("VendorId");
--@command
CREATE INDEX "IX_MaintenanceRequests_VendorUserId_PriorityRank_RequestedAt_Number" ON "MaintenanceRequests" ("VendorUserId", "PriorityRank", "RequestedAt" DESC, "Number" DESC);
--@command
CREATE UNIQUE INDEX "IX_MaintenanceSettingses_OrganizationId" ON "MaintenanceSettingses" ("OrganizationId");
--@command
CREATE INDEX "IX_Properties_OrganizationId" ON "Properties" ("OrganizationId");
--@command
CREATE UNIQUE INDEX "IX_Properties_OrganizationId_Name" ON "Properties" ("OrganizationId", "Name");
--@command
CREATE INDEX "IX_Properties_OwnerUserId_Name" ON "Properties" ("OwnerUserId", "Name");
--@command
CREATE INDEX "IX_QuoteItems_OrganizationId" ON "QuoteItems" ("OrganizationId");
--@command
CREATE INDEX "IX_QuoteItems_QuoteId_Position" ON "QuoteItems" ("QuoteId", "Position");
--@command
CREATE INDEX "IX_Quotes_OrganizationId" ON "Quotes" ("OrganizationId");
--@command
CREATE UNIQUE INDEX "IX_Quotes_OrganizationId_Number" ON "Quotes" ("OrganizationId", "Number");
--@command
CREATE INDEX "IX_Quotes_RequestId_Status" ON "Quotes" ("RequestId", "Status");
--@command
CREATE INDEX "IX_Quotes_VendorId_SubmittedAt" ON "Quotes" ("VendorId", "SubmittedAt");
--@command
CREATE INDEX "IX_Units_OrganizationId" ON "Units" ("OrganizationId");
--@command
CREATE UNIQUE INDEX "IX_Units_PropertyId_Number" ON "Units" ("PropertyId", "Number");
--@command
CREATE INDEX "IX_Units_TenantUserId" ON "Units" ("TenantUserId");
--@command
CREATE INDEX "IX_Vendors_OrganizationId" ON "Vendors" ("OrganizationId");
--@command
CREATE UNIQUE INDEX "IX_Vendors_OrganizationId_Name" ON "Vendors" ("OrganizationId", "Name");
--@command
CREATE UNIQUE INDEX "IX_Vendors_UserId" ON "Vendors" ("UserId") WHERE "UserId" IS NOT NULL;
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202020734_PropertyMaintenance', '10.0.15');
--@command
ALTER TABLE "MaintenanceSettingses" ADD "BudgetAlertShare" TEXT NOT NULL DEFAULT '0.0';
--@command
ALTER TABLE "MaintenanceSettingses" ADD "MonthlyBudget" TEXT NULL;
--@command
ALTER TABLE "LandlordSettingses" ADD "BudgetAlertShare" TEXT NULL;
--@command
ALTER TABLE "LandlordSettingses" ADD "BudgetAlerts" INTEGER NOT NULL DEFAULT 0;
--@command
ALTER TABLE "LandlordSettingses" ADD "MonthlyBudget" TEXT NULL;
--@command
CREATE TABLE "BudgetAlerts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_BudgetAlerts" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "LandlordUserId" TEXT NOT NULL,
    "Month" TEXT NOT NULL,
    "SentAt" TEXT NOT NULL
);
--@command
CREATE INDEX "IX_BudgetAlerts_OrganizationId" ON "BudgetAlerts" ("OrganizationId");
--@command
CREATE UNIQUE INDEX "IX_BudgetAlerts_OrganizationId_LandlordUserId_Month" ON "BudgetAlerts" ("OrganizationId", "LandlordUserId", "Month");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202021510_MaintenanceBudgets', '10.0.15');
--@command
CREATE INDEX "IX_MaintenanceRequests_OrganizationId_CompletedAt" ON "MaintenanceRequests" ("OrganizationId", "CompletedAt");
--@command
CREATE INDEX "IX_MaintenanceRequests_OrganizationId_RequestedAt" ON "MaintenanceRequests" ("OrganizationId", "RequestedAt");
--@command
CREATE INDEX "IX_MaintenanceRequests_OwnerUserId_CompletedAt" ON "MaintenanceRequests" ("OwnerUserId", "CompletedAt");
--@command
CREATE INDEX "IX_MaintenanceRequests_OwnerUserId_RequestedAt" ON "MaintenanceRequests" ("OwnerUserId", "RequestedAt");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202033151_MaintenanceAnalytics', '10.0.15');
--@command
ALTER TABLE "Vendors" ADD "ActualTotal" TEXT NOT NULL DEFAULT '0.0';
--@command
ALTER TABLE "Vendors" ADD "BudgetedTotal" TEXT NOT NULL DEFAULT '0.0';
--@command
ALTER TABLE "Vendors" ADD "OnTimeJobs" INTEGER NOT NULL DEFAULT 0;
--@command
ALTER TABLE "Vendors" ADD "RecommendAnswered" INTEGER NOT NULL DEFAULT 0;
--@command
ALTER TABLE "Vendors" ADD "RecommendYes" INTEGER NOT NULL DEFAULT 0;
--@command
ALTER TABLE "Vendors" ADD "TimedJobs" INTEGER NOT NULL DEFAULT 0;
--@command
UPDATE "Vendors" SET
    "RecommendYes" = (SELECT COUNT(*) FROM "MaintenanceRatings" r WHERE r."VendorId" = "Vendors"."Id" AND r."WouldRecommend" = 1),
    "RecommendAnswered" = (SELECT COUNT(*) FROM "MaintenanceRatings" r WHERE r."VendorId" = "Vendors"."Id" AND r."WouldRecommend" IS NOT NULL),
    "TimedJobs" = (SELECT COUNT(*) FROM "MaintenanceRequests" q WHERE q."VendorId" = "Vendors"."Id" AND (q."VerifiedAt" IS NOT NULL OR q."Status" = 'Closed') AND q."StartedAt" IS NOT NULL),
    "OnTimeJobs" = (SELECT COUNT(*) FROM "MaintenanceRequests" q WHERE q."VendorId" = "Vendors"."Id" AND (q."VerifiedAt" IS NOT NULL OR q."Status" = 'Closed')
        AND q."StartedAt" IS NOT NULL AND q."StartedAt" <= q."OnSiteDueAt"),
    "BudgetedTotal" = (SELECT COALESCE(SUM(CAST(q."ApprovedBudget" AS REAL)), 0) FROM "MaintenanceRequests" q WHERE q."VendorId" = "Vendors"."Id" AND (q."VerifiedAt" IS NOT NULL OR q."Status" = 'Closed')
        AND q."ActualCost" IS NOT NULL AND CAST(q."ApprovedBudget" AS REAL) > 0),
    "ActualTotal" = (SELECT COALESCE(SUM(CAST(q."ActualCost" AS REAL)), 0) FROM "MaintenanceRequests" q WHERE q."VendorId" = "Vendors"."Id" AND (q."VerifiedAt" IS NOT NULL OR q."Status" = 'Closed')
        AND q."ActualCost" IS NOT NULL AND CAST(q."ApprovedBudget" AS REAL) > 0)
--@command
CREATE TABLE "ef_temp_Vendors" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Vendors" PRIMARY KEY,
    "ActualTotal" TEXT NOT NULL,
    "Address" TEXT NULL,
    "BudgetedTotal" TEXT NOT NULL,
    "CommercialRegistration" TEXT NULL,
    "ContactPerson" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "Email" TEXT NULL,
    "EmergencyAvailable" INTEGER NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "JobsCompleted" INTEGER NOT NULL,
    "Mobile" TEXT NULL,
    "Name" TEXT NOT NULL,
    "NationalId" TEXT NULL,
    "Notes" TEXT NULL,
    "OnTimeJobs" INTEGER NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "PaymentTerms" TEXT NOT NULL,
    "PhonePrimary" TEXT NULL,
    "PhoneSecondary" TEXT NULL,
    "PreferredPaymentMethod" TEXT NOT NULL,
    "RatingCount" INTEGER NOT NULL,
    "RatingTotal" INTEGER NOT NULL,
    "RecommendAnswered" INTEGER NOT NULL,
    "RecommendYes" INTEGER NOT NULL,
    "ServiceAreas" TEXT NULL,
    "Specialization" TEXT NULL,
    "TaxNumber" TEXT NULL,
    "TimedJobs" INTEGER NOT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "UserId" TEXT NULL,
    "VendorType" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "CK_Vendors_Ratings" CHECK ("RatingCount" >= 0 AND "RatingTotal" >= "RatingCount" AND "RatingTotal" <= 5 * "RatingCount"),
    CONSTRAINT "CK_Vendors_TrackRecord" CHECK ("RecommendYes" >= 0 AND "RecommendYes" <= "RecommendAnswered" AND "RecommendAnswered" <= "RatingCount" AND "OnTimeJobs" >= 0 AND "OnTimeJobs" <= "TimedJobs" AND "TimedJobs" <= "JobsCompleted"),
    CONSTRAINT "FK_Vendors_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL
);
--@command
INSERT INTO "ef_temp_Vendors" ("Id", "ActualTotal", "Address", "BudgetedTotal", "CommercialRegistration", "ContactPerson", "CreatedAt", "CreatedBy", "Email", "EmergencyAvailable", "IsActive", "JobsCompleted", "Mobile", "Name", "NationalId", "Notes", "OnTimeJobs", "OrganizationId", "PaymentTerms", "PhonePrimary", "PhoneSecondary", "PreferredPaymentMethod", "RatingCount", "RatingTotal", "RecommendAnswered", "RecommendYes", "ServiceAreas", "Specialization", "TaxNumber", "TimedJobs", "UpdatedAt", "UpdatedBy", "UserId", "VendorType", "Version")
SELECT "Id", "ActualTotal", "Address", "BudgetedTotal", "CommercialRegistration", "ContactPerson", "CreatedAt", "CreatedBy", "Email", "EmergencyAvailable", "IsActive", "JobsCompleted", "Mobile", "Name", "NationalId", "Notes", "OnTimeJobs", "OrganizationId", "PaymentTerms", "PhonePrimary", "PhoneSecondary", "PreferredPaymentMethod", "RatingCount", "RatingTotal", "RecommendAnswered", "RecommendYes", "ServiceAreas", "Specialization", "TaxNumber", "TimedJobs", "UpdatedAt", "UpdatedBy", "UserId", "VendorType", "Version"
FROM "Vendors";
--@command
DROP TABLE "Vendors";
--@command
ALTER TABLE "ef_temp_Vendors" RENAME TO "Vendors";
--@command
CREATE INDEX "IX_Vendors_OrganizationId" ON "Vendors" ("OrganizationId");
--@command
CREATE UNIQUE INDEX "IX_Vendors_OrganizationId_Name" ON "Vendors" ("OrganizationId", "Name");
--@command
CREATE UNIQUE INDEX "IX_Vendors_UserId" ON "Vendors" ("UserId") WHERE "UserId" IS NOT NULL;
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202040026_VendorTrackRecord', '10.0.15');
--@command
DROP INDEX "IX_MaintenanceRequests_VendorId";
--@command
CREATE INDEX "IX_MaintenanceRequests_OwnerUserId_ApprovedAt" ON "MaintenanceRequests" ("OwnerUserId", "ApprovedAt");
--@command
CREATE INDEX "IX_MaintenanceRequests_OwnerUserId_Status" ON "MaintenanceRequests" ("OwnerUserId", "Status");
--@command
CREATE INDEX "IX_MaintenanceRequests_VendorId_IsOpen" ON "MaintenanceRequests" ("VendorId", "IsOpen");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202040723_MaintenanceLookupIndexes', '10.0.15');
--@command
CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NOT NULL,
    "Xml" text NOT NULL
);
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202042808_DataProtectionKeysInDatabase', '10.0.15');
--@command
DROP INDEX "IX_BudgetAlerts_OrganizationId_LandlordUserId_Month";
--@command
ALTER TABLE "Properties" ADD "MonthlyBudget" TEXT NULL;
--@command
ALTER TABLE "BudgetAlerts" ADD "Scope" TEXT NOT NULL DEFAULT '';
--@command
CREATE UNIQUE INDEX "IX_BudgetAlerts_OrganizationId_LandlordUserId_Month_Scope" ON "BudgetAlerts" ("OrganizationId", "LandlordUserId", "Month", "Scope");
--@command
CREATE TABLE "ef_temp_Properties" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Properties" PRIMARY KEY,
    "Address" TEXT NOT NULL,
    "Area" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "MonthlyBudget" TEXT NULL,
    "Name" TEXT NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "OwnerUserId" TEXT NOT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "CK_Properties_MonthlyBudget" CHECK ("MonthlyBudget" IS NULL OR CAST("MonthlyBudget" AS REAL) >= 0),
    CONSTRAINT "FK_Properties_AspNetUsers_OwnerUserId" FOREIGN KEY ("OwnerUserId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT
);
--@command
INSERT INTO "ef_temp_Properties" ("Id", "Address", "Area", "CreatedAt", "CreatedBy", "MonthlyBudget", "Name", "OrganizationId", "OwnerUserId", "UpdatedAt", "UpdatedBy", "Version")
SELECT "Id", "Address", "Area", "CreatedAt", "CreatedBy", "MonthlyBudget", "Name", "OrganizationId", "OwnerUserId", "UpdatedAt", "UpdatedBy", "Version"
FROM "Properties";
--@command
DROP TABLE "Properties";
--@command
ALTER TABLE "ef_temp_Properties" RENAME TO "Properties";
--@command
CREATE INDEX "IX_Properties_OrganizationId" ON "Properties" ("OrganizationId");
--@command
CREATE UNIQUE INDEX "IX_Properties_OrganizationId_Name" ON "Properties" ("OrganizationId", "Name");
--@command
CREATE INDEX "IX_Properties_OwnerUserId_Name" ON "Properties" ("OwnerUserId", "Name");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202043416_PropertyBudgets', '10.0.15');
--@command
CREATE TABLE "MaintenanceRequestCounts" (
    "OrganizationId" TEXT NOT NULL,
    "OwnerUserId" TEXT NOT NULL,
    "TenantUserId" TEXT NOT NULL,
    "AssigneeUserId" TEXT NOT NULL,
    "VendorUserId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "PK_MaintenanceRequestCounts" PRIMARY KEY ("OrganizationId", "OwnerUserId", "TenantUserId", "AssigneeUserId", "VendorUserId", "Status")
);
--@command
CREATE INDEX "IX_MaintenanceRequestCounts_OrganizationId_AssigneeUserId" ON "MaintenanceRequestCounts" ("OrganizationId", "AssigneeUserId");
--@command
CREATE INDEX "IX_MaintenanceRequestCounts_OrganizationId_TenantUserId" ON "MaintenanceRequestCounts" ("OrganizationId", "TenantUserId");
--@command
CREATE INDEX "IX_MaintenanceRequestCounts_OrganizationId_VendorUserId" ON "MaintenanceRequestCounts" ("OrganizationId", "VendorUserId");
--@command
CREATE TRIGGER MaintenanceRequestCounts_Insert AFTER INSERT ON MaintenanceRequests BEGIN
    INSERT INTO MaintenanceRequestCounts (OrganizationId, OwnerUserId, TenantUserId, AssigneeUserId, VendorUserId, Status, Count)
        VALUES (NEW.OrganizationId, NEW.OwnerUserId, COALESCE(NEW.TenantUserId, ''), COALESCE(NEW.AssigneeUserId, ''),
            COALESCE(NEW.VendorUserId, ''), NEW.Status, 1)
        ON CONFLICT (OrganizationId, OwnerUserId, TenantUserId, AssigneeUserId, VendorUserId, Status) DO UPDATE SET Count = Count + 1;
END;
CREATE TRIGGER MaintenanceRequestCounts_Update AFTER UPDATE OF Status, OwnerUserId, TenantUserId, AssigneeUserId, VendorUserId ON MaintenanceRequests
    WHEN OLD.Status IS NOT NEW.Status OR OLD.OwnerUserId IS NOT NEW.OwnerUserId OR OLD.TenantUserId IS NOT NEW.TenantUserId
        OR OLD.AssigneeUserId IS NOT NEW.AssigneeUserId OR OLD.VendorUserId IS NOT NEW.VendorUserId BEGIN
    UPDATE MaintenanceRequestCounts SET Count = Count - 1
        WHERE OrganizationId = OLD.OrganizationId AND OwnerUserId = OLD.OwnerUserId AND TenantUserId = COALESCE(OLD.TenantUserId, '')
            AND AssigneeUserId = COALESCE(OLD.AssigneeUserId, '') AND VendorUserId = COALESCE(OLD.VendorUserId, '') AND Status = OLD.Status;
    INSERT INTO MaintenanceRequestCounts (OrganizationId, OwnerUserId, TenantUserId, AssigneeUserId, VendorUserId, Status, Count)
        VALUES (NEW.OrganizationId, NEW.OwnerUserId, COALESCE(NEW.TenantUserId, ''), COALESCE(NEW.AssigneeUserId, ''),
            COALESCE(NEW.VendorUserId, ''), NEW.Status, 1)
        ON CONFLICT (OrganizationId, OwnerUserId, TenantUserId, AssigneeUserId, VendorUserId, Status) DO UPDATE SET Count = Count + 1;
END;
CREATE TRIGGER MaintenanceRequestCounts_Delete AFTER DELETE ON MaintenanceRequests BEGIN
    UPDATE MaintenanceRequestCounts SET Count = Count - 1
        WHERE OrganizationId = OLD.OrganizationId AND OwnerUserId = OLD.OwnerUserId AND TenantUserId = COALESCE(OLD.TenantUserId, '')
            AND AssigneeUserId = COALESCE(OLD.AssigneeUserId, '') AND VendorUserId = COALESCE(OLD.VendorUserId, '') AND Status = OLD.Status;
END;
--@command
DELETE FROM "MaintenanceRequestCounts";
INSERT INTO "MaintenanceRequestCounts" ("OrganizationId", "OwnerUserId", "TenantUserId", "AssigneeUserId", "VendorUserId", "Status", "Count")
    SELECT "OrganizationId", "OwnerUserId", COALESCE("TenantUserId", ''), COALESCE("AssigneeUserId", ''), COALESCE("VendorUserId", ''), "Status", COUNT(*)
    FROM "MaintenanceRequests"
    GROUP BY "OrganizationId", "OwnerUserId", COALESCE("TenantUserId", ''), COALESCE("AssigneeUserId", ''), COALESCE("VendorUserId", ''), "Status";
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202071601_MaintenanceRequestCounts', '10.0.15');
--@command
CREATE INDEX "IX_MaintenanceRequests_OrganizationId_Status_AssignDueAt" ON "MaintenanceRequests" ("OrganizationId", "Status", "AssignDueAt");
--@command
CREATE INDEX "IX_MaintenanceRequests_OrganizationId_Status_OnSiteDueAt" ON "MaintenanceRequests" ("OrganizationId", "Status", "OnSiteDueAt");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202073209_MaintenanceOverdueIndexes', '10.0.15');
--@command
CREATE TABLE "ContractingCounts" (
    "OrganizationId" TEXT NOT NULL,
    "Record" TEXT NOT NULL,
    "SubcontractorId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Count" INTEGER NOT NULL,
    "AmountTenThousandths" INTEGER NOT NULL,
    CONSTRAINT "PK_ContractingCounts" PRIMARY KEY ("OrganizationId", "Record", "Status", "SubcontractorId")
);
--@command
CREATE INDEX "IX_ContractingCounts_SubcontractorId_Record_Status" ON "ContractingCounts" ("SubcontractorId", "Record", "Status");
--@command
CREATE TRIGGER ContractingCounts_DailyLogs_Insert AFTER INSERT ON DailyLogs BEGIN
    INSERT INTO ContractingCounts (OrganizationId, Record, Status, SubcontractorId, Count, AmountTenThousandths)
        VALUES (NEW.OrganizationId, 'DailyLog', NEW.Status, NEW.SubcontractorId, 1, 0)
        ON CONFLICT (OrganizationId, Record, Status, SubcontractorId) DO UPDATE SET Count = Count + 1, AmountTenThousandths = AmountTenThousandths + excluded.AmountTenThousandths;
END;
CREATE TRIGGER ContractingCounts_DailyLogs_Update AFTER UPDATE OF Status, SubcontractorId ON DailyLogs WHEN OLD.Status IS NOT NEW.Status OR OLD.SubcontractorId IS NOT NEW.SubcontractorId BEGIN
    UPDATE ContractingCounts SET Count = Count - 1, AmountTenThousandths = AmountTenThousandths - 0
        WHERE OrganizationId = OLD.OrganizationId AND Record = 'DailyLog' AND Status = OLD.Status AND SubcontractorId = OLD.SubcontractorId;
    INSERT INTO ContractingCounts (OrganizationId, Record, Status, SubcontractorId, Count, AmountTenThousandths)
        VALUES (NEW.OrganizationId, 'DailyLog', NEW.Status, NEW.SubcontractorId, 1, 0)
        ON CONFLICT (OrganizationId, Record, Status, SubcontractorId) DO UPDATE SET Count = Count + 1, AmountTenThousandths = AmountTenThousandths + excluded.AmountTenThousandths;
END;
CREATE TRIGGER ContractingCounts_DailyLogs_Delete AFTER DELETE ON DailyLogs BEGIN
    UPDATE ContractingCounts SET Count = Count - 1, AmountTenThousandths = AmountTenThousandths - 0
        WHERE OrganizationId = OLD.OrganizationId AND Record = 'DailyLog' AND Status = OLD.Status AND SubcontractorId = OLD.SubcontractorId;
END;
CREATE TRIGGER ContractingCounts_Expenses_Insert AFTER INSERT ON Expenses BEGIN
    INSERT INTO ContractingCounts (OrganizationId, Record, Status, SubcontractorId, Count, AmountTenThousandths)
        VALUES (NEW.OrganizationId, 'Expense', NEW.Status, NEW.SubcontractorId, 1, (CASE WHEN substr(NEW.Amount, 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW.Amount, 2), '.') = 0 THEN CAST(substr(NEW.Amount, 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW.Amount, 2), 1, instr(substr(NEW.Amount, 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW.Amount, 2), instr(substr(NEW.Amount, 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW.Amount, '.') = 0 THEN CAST(NEW.Amount AS INTEGER) * 10000 ELSE CAST(substr(NEW.Amount, 1, instr(NEW.Amount, '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW.Amount, instr(NEW.Amount, '.') + 1) || '0000', 1, 4) AS INTEGER) END) END))
        ON CONFLICT (OrganizationId, Record, Status, SubcontractorId) DO UPDATE SET Count = Count + 1, AmountTenThousandths = AmountTenThousandths + excluded.AmountTenThousandths;
END;
CREATE TRIGGER ContractingCounts_Expenses_Update AFTER UPDATE OF Status, SubcontractorId, Amount ON Expenses WHEN OLD.Status IS NOT NEW.Status OR OLD.SubcontractorId IS NOT NEW.SubcontractorId OR OLD.Amount IS NOT NEW.Amount BEGIN
    UPDATE ContractingCounts SET Count = Count - 1, AmountTenThousandths = AmountTenThousandths - (CASE WHEN substr(OLD.Amount, 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD.Amount, 2), '.') = 0 THEN CAST(substr(OLD.Amount, 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD.Amount, 2), 1, instr(substr(OLD.Amount, 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD.Amount, 2), instr(substr(OLD.Amount, 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD.Amount, '.') = 0 THEN CAST(OLD.Amount AS INTEGER) * 10000 ELSE CAST(substr(OLD.Amount, 1, instr(OLD.Amount, '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD.Amount, instr(OLD.Amount, '.') + 1) || '0000', 1, 4) AS INTEGER) END) END)
        WHERE OrganizationId = OLD.OrganizationId AND Record = 'Expense' AND Status = OLD.Status AND SubcontractorId = OLD.SubcontractorId;
    INSERT INTO ContractingCounts (OrganizationId, Record, Status, SubcontractorId, Count, AmountTenThousandths)
        VALUES (NEW.OrganizationId, 'Expense', NEW.Status, NEW.SubcontractorId, 1, (CASE WHEN substr(NEW.Amount, 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW.Amount, 2), '.') = 0 THEN CAST(substr(NEW.Amount, 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW.Amount, 2), 1, instr(substr(NEW.Amount, 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW.Amount, 2), instr(substr(NEW.Amount, 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW.Amount, '.') = 0 THEN CAST(NEW.Amount AS INTEGER) * 10000 ELSE CAST(substr(NEW.Amount, 1, instr(NEW.Amount, '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW.Amount, instr(NEW.Amount, '.') + 1) || '0000', 1, 4) AS INTEGER) END) END))
        ON CONFLICT (OrganizationId, Record, Status, SubcontractorId) DO UPDATE SET Count = Count + 1, AmountTenThousandths = AmountTenThousandths + excluded.AmountTenThousandths;
END;
CREATE TRIGGER ContractingCounts_Expenses_Delete AFTER DELETE ON Expenses BEGIN
    UPDATE ContractingCounts SET Count = Count - 1, AmountTenThousandths = AmountTenThousandths - (CASE WHEN substr(OLD.Amount, 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD.Amount, 2), '.') = 0 THEN CAST(substr(OLD.Amount, 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD.Amount, 2), 1, instr(substr(OLD.Amount, 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD.Amount, 2), instr(substr(OLD.Amount, 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD.Amount, '.') = 0 THEN CAST(OLD.Amount AS INTEGER) * 10000 ELSE CAST(substr(OLD.Amount, 1, instr(OLD.Amount, '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD.Amount, instr(OLD.Amount, '.') + 1) || '0000', 1, 4) AS INTEGER) END) END)
        WHERE OrganizationId = OLD.OrganizationId AND Record = 'Expense' AND Status = OLD.Status AND SubcontractorId = OLD.SubcontractorId;
END;
CREATE TRIGGER ContractingCounts_Vouchers_Insert AFTER INSERT ON Vouchers BEGIN
    INSERT INTO ContractingCounts (OrganizationId, Record, Status, SubcontractorId, Count, AmountTenThousandths)
        VALUES (NEW.OrganizationId, 'Voucher', NEW.Status, NEW.SubcontractorId, 1, (CASE WHEN substr(NEW.Total, 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW.Total, 2), '.') = 0 THEN CAST(substr(NEW.Total, 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW.Total, 2), 1, instr(substr(NEW.Total, 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW.Total, 2), instr(substr(NEW.Total, 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW.Total, '.') = 0 THEN CAST(NEW.Total AS INTEGER) * 10000 ELSE CAST(substr(NEW.Total, 1, instr(NEW.Total, '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW.Total, instr(NEW.Total, '.') + 1) || '0000', 1, 4) AS INTEGER) END) END))
        ON CONFLICT (OrganizationId, Record, Status, SubcontractorId) DO UPDATE SET Count = Count + 1, AmountTenThousandths = AmountTenThousandths + excluded.AmountTenThousandths;
END;
CREATE TRIGGER ContractingCounts_Vouchers_Update AFTER UPDATE OF Status, SubcontractorId, Total ON Vouchers WHEN OLD.Status IS NOT NEW.Status OR OLD.SubcontractorId IS NOT NEW.SubcontractorId OR OLD.Total IS NOT NEW.Total BEGIN
    UPDATE ContractingCounts SET Count = Count - 1, AmountTenThousandths = AmountTenThousandths - (CASE WHEN substr(OLD.Total, 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD.Total, 2), '.') = 0 THEN CAST(substr(OLD.Total, 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD.Total, 2), 1, instr(substr(OLD.Total, 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD.Total, 2), instr(substr(OLD.Total, 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD.Total, '.') = 0 THEN CAST(OLD.Total AS INTEGER) * 10000 ELSE CAST(substr(OLD.Total, 1, instr(OLD.Total, '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD.Total, instr(OLD.Total, '.') + 1) || '0000', 1, 4) AS INTEGER) END) END)
        WHERE OrganizationId = OLD.OrganizationId AND Record = 'Voucher' AND Status = OLD.Status AND SubcontractorId = OLD.SubcontractorId;
    INSERT INTO ContractingCounts (OrganizationId, Record, Status, SubcontractorId, Count, AmountTenThousandths)
        VALUES (NEW.OrganizationId, 'Voucher', NEW.Status, NEW.SubcontractorId, 1, (CASE WHEN substr(NEW.Total, 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW.Total, 2), '.') = 0 THEN CAST(substr(NEW.Total, 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW.Total, 2), 1, instr(substr(NEW.Total, 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW.Total, 2), instr(substr(NEW.Total, 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW.Total, '.') = 0 THEN CAST(NEW.Total AS INTEGER) * 10000 ELSE CAST(substr(NEW.Total, 1, instr(NEW.Total, '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW.Total, instr(NEW.Total, '.') + 1) || '0000', 1, 4) AS INTEGER) END) END))
        ON CONFLICT (OrganizationId, Record, Status, SubcontractorId) DO UPDATE SET Count = Count + 1, AmountTenThousandths = AmountTenThousandths + excluded.AmountTenThousandths;
END;
CREATE TRIGGER ContractingCounts_Vouchers_Delete AFTER DELETE ON Vouchers BEGIN
    UPDATE ContractingCounts SET Count = Count - 1, AmountTenThousandths = AmountTenThousandths - (CASE WHEN substr(OLD.Total, 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD.Total, 2), '.') = 0 THEN CAST(substr(OLD.Total, 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD.Total, 2), 1, instr(substr(OLD.Total, 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD.Total, 2), instr(substr(OLD.Total, 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD.Total, '.') = 0 THEN CAST(OLD.Total AS INTEGER) * 10000 ELSE CAST(substr(OLD.Total, 1, instr(OLD.Total, '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD.Total, instr(OLD.Total, '.') + 1) || '0000', 1, 4) AS INTEGER) END) END)
        WHERE OrganizationId = OLD.OrganizationId AND Record = 'Voucher' AND Status = OLD.Status AND SubcontractorId = OLD.SubcontractorId;
END;
--@command
DELETE FROM "ContractingCounts";
INSERT INTO "ContractingCounts" ("OrganizationId", "Record", "Status", "SubcontractorId", "Count", "AmountTenThousandths")
    SELECT "OrganizationId", 'DailyLog', "Status", "SubcontractorId", COUNT(*), 0 FROM "DailyLogs"
    GROUP BY "OrganizationId", "Status", "SubcontractorId";
INSERT INTO "ContractingCounts" ("OrganizationId", "Record", "Status", "SubcontractorId", "Count", "AmountTenThousandths")
    SELECT "OrganizationId", 'Expense', "Status", "SubcontractorId", COUNT(*), SUM((CASE WHEN substr("Amount", 1, 1) = '-' THEN -(CASE WHEN instr(substr("Amount", 2), '.') = 0 THEN CAST(substr("Amount", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr("Amount", 2), 1, instr(substr("Amount", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr("Amount", 2), instr(substr("Amount", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr("Amount", '.') = 0 THEN CAST("Amount" AS INTEGER) * 10000 ELSE CAST(substr("Amount", 1, instr("Amount", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr("Amount", instr("Amount", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END)) FROM "Expenses"
    GROUP BY "OrganizationId", "Status", "SubcontractorId";
INSERT INTO "ContractingCounts" ("OrganizationId", "Record", "Status", "SubcontractorId", "Count", "AmountTenThousandths")
    SELECT "OrganizationId", 'Voucher', "Status", "SubcontractorId", COUNT(*), SUM((CASE WHEN substr("Total", 1, 1) = '-' THEN -(CASE WHEN instr(substr("Total", 2), '.') = 0 THEN CAST(substr("Total", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr("Total", 2), 1, instr(substr("Total", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr("Total", 2), instr(substr("Total", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr("Total", '.') = 0 THEN CAST("Total" AS INTEGER) * 10000 ELSE CAST(substr("Total", 1, instr("Total", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr("Total", instr("Total", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END)) FROM "Vouchers"
    GROUP BY "OrganizationId", "Status", "SubcontractorId";
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202091423_ContractingCounts', '10.0.15');
--@command
CREATE TABLE "MaintenancePaymentMonths" (
    "OrganizationId" TEXT NOT NULL,
    "Month" TEXT NOT NULL,
    "PropertyId" TEXT NOT NULL,
    "LandlordUserId" TEXT NOT NULL,
    "CategoryName" TEXT NOT NULL,
    "Count" INTEGER NOT NULL,
    "AmountTenThousandths" INTEGER NOT NULL,
    CONSTRAINT "PK_MaintenancePaymentMonths" PRIMARY KEY ("OrganizationId", "Month", "PropertyId", "LandlordUserId", "CategoryName")
);
--@command
CREATE INDEX "IX_MaintenancePaymentMonths_LandlordUserId_Month" ON "MaintenancePaymentMonths" ("LandlordUserId", "Month");
--@command
CREATE TRIGGER MaintenancePaymentMonths_Insert AFTER INSERT ON MaintenancePayments BEGIN
    INSERT INTO MaintenancePaymentMonths (OrganizationId, Month, PropertyId, LandlordUserId, CategoryName, Count, AmountTenThousandths)
        VALUES (NEW.OrganizationId, substr(NEW.PaidOn, 1, 8) || '01', NEW.PropertyId, NEW.LandlordUserId, COALESCE(NEW.CategoryName, ''), 1,
            (CASE WHEN substr(NEW.Amount, 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW.Amount, 2), '.') = 0 THEN CAST(substr(NEW.Amount, 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW.Amount, 2), 1, instr(substr(NEW.Amount, 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW.Amount, 2), instr(substr(NEW.Amount, 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW.Amount, '.') = 0 THEN CAST(NEW.Amount AS INTEGER) * 10000 ELSE CAST(substr(NEW.Amount, 1, instr(NEW.Amount, '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW.Amount, instr(NEW.Amount, '.') + 1) || '0000', 1, 4) AS INTEGER) END) END))
        ON CONFLICT (OrganizationId, Month, PropertyId, LandlordUserId, CategoryName) DO UPDATE SET Count = Count + 1, AmountTenThousandths = AmountTenThousandths + excluded.AmountTenThousandths;
END;
CREATE TRIGGER MaintenancePaymentMonths_Update AFTER UPDATE OF Amount, PaidOn, PropertyId, LandlordUserId, CategoryName ON MaintenancePayments
    WHEN OLD.Amount IS NOT NEW.Amount OR OLD.PaidOn IS NOT NEW.PaidOn OR OLD.PropertyId IS NOT NEW.PropertyId
        OR OLD.LandlordUserId IS NOT NEW.LandlordUserId OR OLD.CategoryName IS NOT NEW.CategoryName BEGIN
    UPDATE MaintenancePaymentMonths SET Count = Count - 1,
            AmountTenThousandths = AmountTenThousandths - (CASE WHEN substr(OLD.Amount, 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD.Amount, 2), '.') = 0 THEN CAST(substr(OLD.Amount, 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD.Amount, 2), 1, instr(substr(OLD.Amount, 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD.Amount, 2), instr(substr(OLD.Amount, 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD.Amount, '.') = 0 THEN CAST(OLD.Amount AS INTEGER) * 10000 ELSE CAST(substr(OLD.Amount, 1, instr(OLD.Amount, '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD.Amount, instr(OLD.Amount, '.') + 1) || '0000', 1, 4) AS INTEGER) END) END)
        WHERE OrganizationId = OLD.OrganizationId AND Month = substr(OLD.PaidOn, 1, 8) || '01' AND PropertyId = OLD.PropertyId
            AND LandlordUserId = OLD.LandlordUserId AND CategoryName = COALESCE(OLD.CategoryName, '');
    INSERT INTO MaintenancePaymentMonths (OrganizationId, Month, PropertyId, LandlordUserId, CategoryName, Count, AmountTenThousandths)
        VALUES (NEW.OrganizationId, substr(NEW.PaidOn, 1, 8) || '01', NEW.PropertyId, NEW.LandlordUserId, COALESCE(NEW.CategoryName, ''), 1,
            (CASE WHEN substr(NEW.Amount, 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW.Amount, 2), '.') = 0 THEN CAST(substr(NEW.Amount, 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW.Amount, 2), 1, instr(substr(NEW.Amount, 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW.Amount, 2), instr(substr(NEW.Amount, 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW.Amount, '.') = 0 THEN CAST(NEW.Amount AS INTEGER) * 10000 ELSE CAST(substr(NEW.Amount, 1, instr(NEW.Amount, '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW.Amount, instr(NEW.Amount, '.') + 1) || '0000', 1, 4) AS INTEGER) END) END))
        ON CONFLICT (OrganizationId, Month, PropertyId, LandlordUserId, CategoryName) DO UPDATE SET Count = Count + 1, AmountTenThousandths = AmountTenThousandths + excluded.AmountTenThousandths;
END;
CREATE TRIGGER MaintenancePaymentMonths_Delete AFTER DELETE ON MaintenancePayments BEGIN
    UPDATE MaintenancePaymentMonths SET Count = Count - 1,
            AmountTenThousandths = AmountTenThousandths - (CASE WHEN substr(OLD.Amount, 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD.Amount, 2), '.') = 0 THEN CAST(substr(OLD.Amount, 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD.Amount, 2), 1, instr(substr(OLD.Amount, 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD.Amount, 2), instr(substr(OLD.Amount, 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD.Amount, '.') = 0 THEN CAST(OLD.Amount AS INTEGER) * 10000 ELSE CAST(substr(OLD.Amount, 1, instr(OLD.Amount, '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD.Amount, instr(OLD.Amount, '.') + 1) || '0000', 1, 4) AS INTEGER) END) END)
        WHERE OrganizationId = OLD.OrganizationId AND Month = substr(OLD.PaidOn, 1, 8) || '01' AND PropertyId = OLD.PropertyId
            AND LandlordUserId = OLD.LandlordUserId AND CategoryName = COALESCE(OLD.CategoryName, '');
END;
--@command
DELETE FROM "MaintenancePaymentMonths";
INSERT INTO "MaintenancePaymentMonths" ("OrganizationId", "Month", "PropertyId", "LandlordUserId", "CategoryName", "Count", "AmountTenThousandths")
    SELECT p."OrganizationId", substr(p.PaidOn, 1, 8) || '01', p."PropertyId", p."LandlordUserId", COALESCE(p."CategoryName", ''), COUNT(*),
        SUM((CASE WHEN substr(p."Amount", 1, 1) = '-' THEN -(CASE WHEN instr(substr(p."Amount", 2), '.') = 0 THEN CAST(substr(p."Amount", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(p."Amount", 2), 1, instr(substr(p."Amount", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(p."Amount", 2), instr(substr(p."Amount", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(p."Amount", '.') = 0 THEN CAST(p."Amount" AS INTEGER) * 10000 ELSE CAST(substr(p."Amount", 1, instr(p."Amount", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(p."Amount", instr(p."Amount", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END))
    FROM "MaintenancePayments" AS p
    GROUP BY p."OrganizationId", substr(p.PaidOn, 1, 8) || '01', p."PropertyId", p."LandlordUserId", COALESCE(p."CategoryName", '');
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202092043_MaintenancePaymentMonths', '10.0.15');
--@command
DROP INDEX "IX_MaintenanceRequests_OwnerUserId_Status";
--@command
CREATE INDEX "IX_MaintenanceRequests_AssigneeUserId_Status_AssignDueAt" ON "MaintenanceRequests" ("AssigneeUserId", "Status", "AssignDueAt");
--@command
CREATE INDEX "IX_MaintenanceRequests_AssigneeUserId_Status_OnSiteDueAt_StartedAt" ON "MaintenanceRequests" ("AssigneeUserId", "Status", "OnSiteDueAt", "StartedAt");
--@command
CREATE INDEX "IX_MaintenanceRequests_OwnerUserId_Status_AssignDueAt" ON "MaintenanceRequests" ("OwnerUserId", "Status", "AssignDueAt");
--@command
CREATE INDEX "IX_MaintenanceRequests_OwnerUserId_Status_OnSiteDueAt_StartedAt" ON "MaintenanceRequests" ("OwnerUserId", "Status", "OnSiteDueAt", "StartedAt");
--@command
CREATE INDEX "IX_MaintenanceRequests_TenantUserId_Status_AssignDueAt" ON "MaintenanceRequests" ("TenantUserId", "Status", "AssignDueAt");
--@command
CREATE INDEX "IX_MaintenanceRequests_TenantUserId_Status_OnSiteDueAt_StartedAt" ON "MaintenanceRequests" ("TenantUserId", "Status", "OnSiteDueAt", "StartedAt");
--@command
CREATE INDEX "IX_MaintenanceRequests_VendorUserId_Status_AssignDueAt" ON "MaintenanceRequests" ("VendorUserId", "Status", "AssignDueAt");
--@command
CREATE INDEX "IX_MaintenanceRequests_VendorUserId_Status_OnSiteDueAt_StartedAt" ON "MaintenanceRequests" ("VendorUserId", "Status", "OnSiteDueAt", "StartedAt");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202102405_MaintenancePartyDeadlineIndexes', '10.0.15');
--@command
DROP INDEX "IX_Jobs_OrganizationId_ReceivedAt_Number";
--@command
DROP INDEX "IX_Jobs_OrganizationId_Status_ReceivedAt_Number";
--@command
DROP INDEX "IX_Jobs_OrganizationId_TechnicianId_ReceivedAt_Number";
--@command
CREATE INDEX "IX_Jobs_OrganizationId_ReceivedAt_Number_Id" ON "Jobs" ("OrganizationId", "ReceivedAt", "Number", "Id");
--@command
CREATE INDEX "IX_Jobs_OrganizationId_Status_ReceivedAt_Number_Id" ON "Jobs" ("OrganizationId", "Status", "ReceivedAt", "Number", "Id");
--@command
CREATE INDEX "IX_Jobs_OrganizationId_TechnicianId_ReceivedAt_Number_Id" ON "Jobs" ("OrganizationId", "TechnicianId", "ReceivedAt", "Number", "Id");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202194257_JobIndexesCarryId', '10.0.15');
--@command
CREATE INDEX "IX_MaintenanceRequests_OrganizationId_CompletedAt_Costs" ON "MaintenanceRequests" ("OrganizationId", "CompletedAt", "ActualCost", "VendorId", "EstimatedCost", "ExpenseTypeId", "EstimatedByName", "Id") WHERE "CompletedAt" IS NOT NULL AND "ActualCost" IS NOT NULL;
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202225717_CompletedRequestsCoverCosts', '10.0.15');
--@command
DROP INDEX "IX_MaintenanceRequests_OrganizationId_IsOpen_PriorityRank_RequestedAt_Number";
--@command
CREATE INDEX "IX_MaintenanceRequests_AwaitingApproval_Queue" ON "MaintenanceRequests" ("OrganizationId", "PriorityRank", "RequestedAt", "Number") WHERE "Status" IN ('Estimated', 'QuotesSubmitted');
--@command
CREATE INDEX "IX_MaintenanceRequests_AwaitingApproval_RequestedAt" ON "MaintenanceRequests" ("OrganizationId", "RequestedAt") WHERE "Status" IN ('Estimated', 'QuotesSubmitted');
--@command
CREATE INDEX "IX_MaintenanceRequests_Open_Queue" ON "MaintenanceRequests" ("OrganizationId", "PriorityRank", "RequestedAt" DESC, "Number" DESC) WHERE "IsOpen";
--@command
CREATE INDEX "IX_MaintenanceRequests_Open_RequestedAt" ON "MaintenanceRequests" ("OrganizationId", "RequestedAt") WHERE "IsOpen";
--@command
CREATE INDEX "IX_MaintenanceRequests_Open_VendorId" ON "MaintenanceRequests" ("VendorId", "OrganizationId", "IsOpen") WHERE "IsOpen";
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203012952_OpenAndApprovalQueueIndexes', '10.0.15');
--@command
DROP INDEX "IX_MaintenanceRequests_OrganizationId_CompletedAt_Costs";
--@command
ALTER TABLE "MaintenanceRequests" ADD "CompletedOn" TEXT NULL;
--@command
CREATE TABLE "MaintenanceCompletionMonths" (
    "OrganizationId" TEXT NOT NULL,
    "Month" TEXT NOT NULL,
    "PropertyId" TEXT NOT NULL,
    "OwnerUserId" TEXT NOT NULL,
    "ExpenseTypeId" TEXT NOT NULL,
    "VendorId" TEXT NOT NULL,
    "EstimatedByName" TEXT NOT NULL,
    "Jobs" INTEGER NOT NULL,
    "ActualTenThousandths" INTEGER NOT NULL,
    "Budgeted" INTEGER NOT NULL,
    "BudgetedTenThousandths" INTEGER NOT NULL,
    "Estimated" INTEGER NOT NULL,
    "EstimatedTenThousandths" INTEGER NOT NULL,
    "ActualOfEstimatedTenThousandths" INTEGER NOT NULL,
    "Started" INTEGER NOT NULL,
    "StartedOnTime" INTEGER NOT NULL,
    "Rated" INTEGER NOT NULL,
    "OverallTotal" INTEGER NOT NULL,
    "QualityCount" INTEGER NOT NULL,
    "QualityTotal" INTEGER NOT NULL,
    "ResponseCount" INTEGER NOT NULL,
    "ResponseTotal" INTEGER NOT NULL,
    "RecommendAnswered" INTEGER NOT NULL,
    "Recommended" INTEGER NOT NULL,
    CONSTRAINT "PK_MaintenanceCompletionMonths" PRIMARY KEY ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "VendorId", "EstimatedByName")
);
--@command
CREATE INDEX "IX_MaintenanceRequests_CompletedOn_Missing" ON "MaintenanceRequests" ("Id") WHERE "CompletedAt" IS NOT NULL AND "CompletedOn" IS NULL;
--@command
CREATE INDEX "IX_MaintenanceCompletionMonths_OwnerUserId_Month" ON "MaintenanceCompletionMonths" ("OwnerUserId", "Month");
--@command
CREATE TRIGGER MaintenanceCompletionMonths_Insert AFTER INSERT ON "MaintenanceRequests" WHEN NEW."CompletedOn" IS NOT NULL AND NEW."ActualCost" IS NOT NULL BEGIN
    INSERT INTO "MaintenanceCompletionMonths" ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "VendorId", "EstimatedByName", "Jobs", "ActualTenThousandths", "Budgeted", "BudgetedTenThousandths", "Estimated", "EstimatedTenThousandths", "ActualOfEstimatedTenThousandths", "Started", "StartedOnTime", "Rated", "OverallTotal", "QualityCount", "QualityTotal", "ResponseCount", "ResponseTotal", "RecommendAnswered", "Recommended")
        SELECT NEW."OrganizationId", substr(NEW."CompletedOn", 1, 8) || '01', NEW."PropertyId", NEW."OwnerUserId", COALESCE(NEW."ExpenseTypeId", '00000000-0000-0000-0000-000000000000'), COALESCE(NEW."VendorId", '00000000-0000-0000-0000-000000000000'), COALESCE(NEW."EstimatedByName", ''), 1, (CASE WHEN substr(NEW."ActualCost", 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW."ActualCost", 2), '.') = 0 THEN CAST(substr(NEW."ActualCost", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW."ActualCost", 2), 1, instr(substr(NEW."ActualCost", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW."ActualCost", 2), instr(substr(NEW."ActualCost", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW."ActualCost", '.') = 0 THEN CAST(NEW."ActualCost" AS INTEGER) * 10000 ELSE CAST(substr(NEW."ActualCost", 1, instr(NEW."ActualCost", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW."ActualCost", instr(NEW."ActualCost", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), CASE WHEN NEW."ApprovedBudget" IS NOT NULL THEN 1 ELSE 0 END, COALESCE((CASE WHEN substr(NEW."ApprovedBudget", 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW."ApprovedBudget", 2), '.') = 0 THEN CAST(substr(NEW."ApprovedBudget", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW."ApprovedBudget", 2), 1, instr(substr(NEW."ApprovedBudget", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW."ApprovedBudget", 2), instr(substr(NEW."ApprovedBudget", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW."ApprovedBudget", '.') = 0 THEN CAST(NEW."ApprovedBudget" AS INTEGER) * 10000 ELSE CAST(substr(NEW."ApprovedBudget", 1, instr(NEW."ApprovedBudget", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW."ApprovedBudget", instr(NEW."ApprovedBudget", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), 0), CASE WHEN NEW."EstimatedCost" IS NOT NULL THEN 1 ELSE 0 END, COALESCE((CASE WHEN substr(NEW."EstimatedCost", 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW."EstimatedCost", 2), '.') = 0 THEN CAST(substr(NEW."EstimatedCost", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW."EstimatedCost", 2), 1, instr(substr(NEW."EstimatedCost", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW."EstimatedCost", 2), instr(substr(NEW."EstimatedCost", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW."EstimatedCost", '.') = 0 THEN CAST(NEW."EstimatedCost" AS INTEGER) * 10000 ELSE CAST(substr(NEW."EstimatedCost", 1, instr(NEW."EstimatedCost", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW."EstimatedCost", instr(NEW."EstimatedCost", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), 0), CASE WHEN NEW."EstimatedCost" IS NOT NULL THEN (CASE WHEN substr(NEW."ActualCost", 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW."ActualCost", 2), '.') = 0 THEN CAST(substr(NEW."ActualCost", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW."ActualCost", 2), 1, instr(substr(NEW."ActualCost", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW."ActualCost", 2), instr(substr(NEW."ActualCost", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW."ActualCost", '.') = 0 THEN CAST(NEW."ActualCost" AS INTEGER) * 10000 ELSE CAST(substr(NEW."ActualCost", 1, instr(NEW."ActualCost", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW."ActualCost", instr(NEW."ActualCost", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END) ELSE 0 END, CASE WHEN NEW."StartedAt" IS NOT NULL THEN 1 ELSE 0 END, CASE WHEN NEW."StartedAt" <= NEW."OnSiteDueAt" THEN 1 ELSE 0 END, CASE WHEN x."Overall" IS NOT NULL THEN 1 ELSE 0 END, COALESCE(x."Overall", 0), CASE WHEN x."Quality" IS NOT NULL THEN 1 ELSE 0 END, COALESCE(x."Quality", 0), CASE WHEN x."ResponseTime" IS NOT NULL THEN 1 ELSE 0 END, COALESCE(x."ResponseTime", 0), CASE WHEN x."WouldRecommend" IS NOT NULL THEN 1 ELSE 0 END, CASE WHEN x."WouldRecommend" THEN 1 ELSE 0 END
        FROM (SELECT 1) AS one LEFT JOIN "MaintenanceRatings" AS x ON x."RequestId" = NEW."Id"
        WHERE NEW."CompletedOn" IS NOT NULL AND NEW."ActualCost" IS NOT NULL
        ON CONFLICT ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "VendorId", "EstimatedByName") DO UPDATE SET
            "Jobs" = "MaintenanceCompletionMonths"."Jobs" + excluded."Jobs", "ActualTenThousandths" = "MaintenanceCompletionMonths"."ActualTenThousandths" + excluded."ActualTenThousandths", "Budgeted" = "MaintenanceCompletionMonths"."Budgeted" + excluded."Budgeted", "BudgetedTenThousandths" = "MaintenanceCompletionMonths"."BudgetedTenThousandths" + excluded."BudgetedTenThousandths", "Estimated" = "MaintenanceCompletionMonths"."Estimated" + excluded."Estimated", "EstimatedTenThousandths" = "MaintenanceCompletionMonths"."EstimatedTenThousandths" + excluded."EstimatedTenThousandths", "ActualOfEstimatedTenThousandths" = "MaintenanceCompletionMonths"."ActualOfEstimatedTenThousandths" + excluded."ActualOfEstimatedTenThousandths", "Started" = "MaintenanceCompletionMonths"."Started" + excluded."Started", "StartedOnTime" = "MaintenanceCompletionMonths"."StartedOnTime" + excluded."StartedOnTime", "Rated" = "MaintenanceCompletionMonths"."Rated" + excluded."Rated", "OverallTotal" = "MaintenanceCompletionMonths"."OverallTotal" + excluded."OverallTotal", "QualityCount" = "MaintenanceCompletionMonths"."QualityCount" + excluded."QualityCount", "QualityTotal" = "MaintenanceCompletionMonths"."QualityTotal" + excluded."QualityTotal", "ResponseCount" = "MaintenanceCompletionMonths"."ResponseCount" + excluded."ResponseCount", "ResponseTotal" = "MaintenanceCompletionMonths"."ResponseTotal" + excluded."ResponseTotal", "RecommendAnswered" = "MaintenanceCompletionMonths"."RecommendAnswered" + excluded."RecommendAnswered", "Recommended" = "MaintenanceCompletionMonths"."Recommended" + excluded."Recommended";
END;
CREATE TRIGGER MaintenanceCompletionMonths_Update AFTER UPDATE OF "CompletedOn", "ActualCost", "ApprovedBudget", "EstimatedCost", "StartedAt", "OnSiteDueAt", "PropertyId", "OwnerUserId", "ExpenseTypeId", "VendorId", "EstimatedByName" ON "MaintenanceRequests"
    WHEN OLD."CompletedOn" IS NOT NEW."CompletedOn" OR OLD."ActualCost" IS NOT NEW."ActualCost" OR OLD."ApprovedBudget" IS NOT NEW."ApprovedBudget" OR OLD."EstimatedCost" IS NOT NEW."EstimatedCost" OR OLD."StartedAt" IS NOT NEW."StartedAt" OR OLD."OnSiteDueAt" IS NOT NEW."OnSiteDueAt" OR OLD."PropertyId" IS NOT NEW."PropertyId" OR OLD."OwnerUserId" IS NOT NEW."OwnerUserId" OR OLD."ExpenseTypeId" IS NOT NEW."ExpenseTypeId" OR OLD."VendorId" IS NOT NEW."VendorId" OR OLD."EstimatedByName" IS NOT NEW."EstimatedByName" BEGIN
    INSERT INTO "MaintenanceCompletionMonths" ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "VendorId", "EstimatedByName", "Jobs", "ActualTenThousandths", "Budgeted", "BudgetedTenThousandths", "Estimated", "EstimatedTenThousandths", "ActualOfEstimatedTenThousandths", "Started", "StartedOnTime", "Rated", "OverallTotal", "QualityCount", "QualityTotal", "ResponseCount", "ResponseTotal", "RecommendAnswered", "Recommended")
        SELECT OLD."OrganizationId", substr(OLD."CompletedOn", 1, 8) || '01', OLD."PropertyId", OLD."OwnerUserId", COALESCE(OLD."ExpenseTypeId", '00000000-0000-0000-0000-000000000000'), COALESCE(OLD."VendorId", '00000000-0000-0000-0000-000000000000'), COALESCE(OLD."EstimatedByName", ''), -(1), -((CASE WHEN substr(OLD."ActualCost", 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD."ActualCost", 2), '.') = 0 THEN CAST(substr(OLD."ActualCost", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD."ActualCost", 2), 1, instr(substr(OLD."ActualCost", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD."ActualCost", 2), instr(substr(OLD."ActualCost", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD."ActualCost", '.') = 0 THEN CAST(OLD."ActualCost" AS INTEGER) * 10000 ELSE CAST(substr(OLD."ActualCost", 1, instr(OLD."ActualCost", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD."ActualCost", instr(OLD."ActualCost", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END)), -(CASE WHEN OLD."ApprovedBudget" IS NOT NULL THEN 1 ELSE 0 END), -(COALESCE((CASE WHEN substr(OLD."ApprovedBudget", 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD."ApprovedBudget", 2), '.') = 0 THEN CAST(substr(OLD."ApprovedBudget", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD."ApprovedBudget", 2), 1, instr(substr(OLD."ApprovedBudget", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD."ApprovedBudget", 2), instr(substr(OLD."ApprovedBudget", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD."ApprovedBudget", '.') = 0 THEN CAST(OLD."ApprovedBudget" AS INTEGER) * 10000 ELSE CAST(substr(OLD."ApprovedBudget", 1, instr(OLD."ApprovedBudget", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD."ApprovedBudget", instr(OLD."ApprovedBudget", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), 0)), -(CASE WHEN OLD."EstimatedCost" IS NOT NULL THEN 1 ELSE 0 END), -(COALESCE((CASE WHEN substr(OLD."EstimatedCost", 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD."EstimatedCost", 2), '.') = 0 THEN CAST(substr(OLD."EstimatedCost", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD."EstimatedCost", 2), 1, instr(substr(OLD."EstimatedCost", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD."EstimatedCost", 2), instr(substr(OLD."EstimatedCost", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD."EstimatedCost", '.') = 0 THEN CAST(OLD."EstimatedCost" AS INTEGER) * 10000 ELSE CAST(substr(OLD."EstimatedCost", 1, instr(OLD."EstimatedCost", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD."EstimatedCost", instr(OLD."EstimatedCost", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), 0)), -(CASE WHEN OLD."EstimatedCost" IS NOT NULL THEN (CASE WHEN substr(OLD."ActualCost", 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD."ActualCost", 2), '.') = 0 THEN CAST(substr(OLD."ActualCost", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD."ActualCost", 2), 1, instr(substr(OLD."ActualCost", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD."ActualCost", 2), instr(substr(OLD."ActualCost", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD."ActualCost", '.') = 0 THEN CAST(OLD."ActualCost" AS INTEGER) * 10000 ELSE CAST(substr(OLD."ActualCost", 1, instr(OLD."ActualCost", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD."ActualCost", instr(OLD."ActualCost", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END) ELSE 0 END), -(CASE WHEN OLD."StartedAt" IS NOT NULL THEN 1 ELSE 0 END), -(CASE WHEN OLD."StartedAt" <= OLD."OnSiteDueAt" THEN 1 ELSE 0 END), -(CASE WHEN x."Overall" IS NOT NULL THEN 1 ELSE 0 END), -(COALESCE(x."Overall", 0)), -(CASE WHEN x."Quality" IS NOT NULL THEN 1 ELSE 0 END), -(COALESCE(x."Quality", 0)), -(CASE WHEN x."ResponseTime" IS NOT NULL THEN 1 ELSE 0 END), -(COALESCE(x."ResponseTime", 0)), -(CASE WHEN x."WouldRecommend" IS NOT NULL THEN 1 ELSE 0 END), -(CASE WHEN x."WouldRecommend" THEN 1 ELSE 0 END)
        FROM (SELECT 1) AS one LEFT JOIN "MaintenanceRatings" AS x ON x."RequestId" = OLD."Id"
        WHERE OLD."CompletedOn" IS NOT NULL AND OLD."ActualCost" IS NOT NULL
        ON CONFLICT ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "VendorId", "EstimatedByName") DO UPDATE SET
            "Jobs" = "MaintenanceCompletionMonths"."Jobs" + excluded."Jobs", "ActualTenThousandths" = "MaintenanceCompletionMonths"."ActualTenThousandths" + excluded."ActualTenThousandths", "Budgeted" = "MaintenanceCompletionMonths"."Budgeted" + excluded."Budgeted", "BudgetedTenThousandths" = "MaintenanceCompletionMonths"."BudgetedTenThousandths" + excluded."BudgetedTenThousandths", "Estimated" = "MaintenanceCompletionMonths"."Estimated" + excluded."Estimated", "EstimatedTenThousandths" = "MaintenanceCompletionMonths"."EstimatedTenThousandths" + excluded."EstimatedTenThousandths", "ActualOfEstimatedTenThousandths" = "MaintenanceCompletionMonths"."ActualOfEstimatedTenThousandths" + excluded."ActualOfEstimatedTenThousandths", "Started" = "MaintenanceCompletionMonths"."Started" + excluded."Started", "StartedOnTime" = "MaintenanceCompletionMonths"."StartedOnTime" + excluded."StartedOnTime", "Rated" = "MaintenanceCompletionMonths"."Rated" + excluded."Rated", "OverallTotal" = "MaintenanceCompletionMonths"."OverallTotal" + excluded."OverallTotal", "QualityCount" = "MaintenanceCompletionMonths"."QualityCount" + excluded."QualityCount", "QualityTotal" = "MaintenanceCompletionMonths"."QualityTotal" + excluded."QualityTotal", "ResponseCount" = "MaintenanceCompletionMonths"."ResponseCount" + excluded."ResponseCount", "ResponseTotal" = "MaintenanceCompletionMonths"."ResponseTotal" + excluded."ResponseTotal", "RecommendAnswered" = "MaintenanceCompletionMonths"."RecommendAnswered" + excluded."RecommendAnswered", "Recommended" = "MaintenanceCompletionMonths"."Recommended" + excluded."Recommended";
    INSERT INTO "MaintenanceCompletionMonths" ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "VendorId", "EstimatedByName", "Jobs", "ActualTenThousandths", "Budgeted", "BudgetedTenThousandths", "Estimated", "EstimatedTenThousandths", "ActualOfEstimatedTenThousandths", "Started", "StartedOnTime", "Rated", "OverallTotal", "QualityCount", "QualityTotal", "ResponseCount", "ResponseTotal", "RecommendAnswered", "Recommended")
        SELECT NEW."OrganizationId", substr(NEW."CompletedOn", 1, 8) || '01', NEW."PropertyId", NEW."OwnerUserId", COALESCE(NEW."ExpenseTypeId", '00000000-0000-0000-0000-000000000000'), COALESCE(NEW."VendorId", '00000000-0000-0000-0000-000000000000'), COALESCE(NEW."EstimatedByName", ''), 1, (CASE WHEN substr(NEW."ActualCost", 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW."ActualCost", 2), '.') = 0 THEN CAST(substr(NEW."ActualCost", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW."ActualCost", 2), 1, instr(substr(NEW."ActualCost", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW."ActualCost", 2), instr(substr(NEW."ActualCost", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW."ActualCost", '.') = 0 THEN CAST(NEW."ActualCost" AS INTEGER) * 10000 ELSE CAST(substr(NEW."ActualCost", 1, instr(NEW."ActualCost", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW."ActualCost", instr(NEW."ActualCost", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), CASE WHEN NEW."ApprovedBudget" IS NOT NULL THEN 1 ELSE 0 END, COALESCE((CASE WHEN substr(NEW."ApprovedBudget", 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW."ApprovedBudget", 2), '.') = 0 THEN CAST(substr(NEW."ApprovedBudget", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW."ApprovedBudget", 2), 1, instr(substr(NEW."ApprovedBudget", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW."ApprovedBudget", 2), instr(substr(NEW."ApprovedBudget", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW."ApprovedBudget", '.') = 0 THEN CAST(NEW."ApprovedBudget" AS INTEGER) * 10000 ELSE CAST(substr(NEW."ApprovedBudget", 1, instr(NEW."ApprovedBudget", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW."ApprovedBudget", instr(NEW."ApprovedBudget", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), 0), CASE WHEN NEW."EstimatedCost" IS NOT NULL THEN 1 ELSE 0 END, COALESCE((CASE WHEN substr(NEW."EstimatedCost", 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW."EstimatedCost", 2), '.') = 0 THEN CAST(substr(NEW."EstimatedCost", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW."EstimatedCost", 2), 1, instr(substr(NEW."EstimatedCost", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW."EstimatedCost", 2), instr(substr(NEW."EstimatedCost", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW."EstimatedCost", '.') = 0 THEN CAST(NEW."EstimatedCost" AS INTEGER) * 10000 ELSE CAST(substr(NEW."EstimatedCost", 1, instr(NEW."EstimatedCost", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW."EstimatedCost", instr(NEW."EstimatedCost", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), 0), CASE WHEN NEW."EstimatedCost" IS NOT NULL THEN (CASE WHEN substr(NEW."ActualCost", 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW."ActualCost", 2), '.') = 0 THEN CAST(substr(NEW."ActualCost", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW."ActualCost", 2), 1, instr(substr(NEW."ActualCost", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW."ActualCost", 2), instr(substr(NEW."ActualCost", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW."ActualCost", '.') = 0 THEN CAST(NEW."ActualCost" AS INTEGER) * 10000 ELSE CAST(substr(NEW."ActualCost", 1, instr(NEW."ActualCost", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW."ActualCost", instr(NEW."ActualCost", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END) ELSE 0 END, CASE WHEN NEW."StartedAt" IS NOT NULL THEN 1 ELSE 0 END, CASE WHEN NEW."StartedAt" <= NEW."OnSiteDueAt" THEN 1 ELSE 0 END, CASE WHEN x."Overall" IS NOT NULL THEN 1 ELSE 0 END, COALESCE(x."Overall", 0), CASE WHEN x."Quality" IS NOT NULL THEN 1 ELSE 0 END, COALESCE(x."Quality", 0), CASE WHEN x."ResponseTime" IS NOT NULL THEN 1 ELSE 0 END, COALESCE(x."ResponseTime", 0), CASE WHEN x."WouldRecommend" IS NOT NULL THEN 1 ELSE 0 END, CASE WHEN x."WouldRecommend" THEN 1 ELSE 0 END
        FROM (SELECT 1) AS one LEFT JOIN "MaintenanceRatings" AS x ON x."RequestId" = NEW."Id"
        WHERE NEW."CompletedOn" IS NOT NULL AND NEW."ActualCost" IS NOT NULL
        ON CONFLICT ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "VendorId", "EstimatedByName") DO UPDATE SET
            "Jobs" = "MaintenanceCompletionMonths"."Jobs" + excluded."Jobs", "ActualTenThousandths" = "MaintenanceCompletionMonths"."ActualTenThousandths" + excluded."ActualTenThousandths", "Budgeted" = "MaintenanceCompletionMonths"."Budgeted" + excluded."Budgeted", "BudgetedTenThousandths" = "MaintenanceCompletionMonths"."BudgetedTenThousandths" + excluded."BudgetedTenThousandths", "Estimated" = "MaintenanceCompletionMonths"."Estimated" + excluded."Estimated", "EstimatedTenThousandths" = "MaintenanceCompletionMonths"."EstimatedTenThousandths" + excluded."EstimatedTenThousandths", "ActualOfEstimatedTenThousandths" = "MaintenanceCompletionMonths"."ActualOfEstimatedTenThousandths" + excluded."ActualOfEstimatedTenThousandths", "Started" = "MaintenanceCompletionMonths"."Started" + excluded."Started", "StartedOnTime" = "MaintenanceCompletionMonths"."StartedOnTime" + excluded."StartedOnTime", "Rated" = "MaintenanceCompletionMonths"."Rated" + excluded."Rated", "OverallTotal" = "MaintenanceCompletionMonths"."OverallTotal" + excluded."OverallTotal", "QualityCount" = "MaintenanceCompletionMonths"."QualityCount" + excluded."QualityCount", "QualityTotal" = "MaintenanceCompletionMonths"."QualityTotal" + excluded."QualityTotal", "ResponseCount" = "MaintenanceCompletionMonths"."ResponseCount" + excluded."ResponseCount", "ResponseTotal" = "MaintenanceCompletionMonths"."ResponseTotal" + excluded."ResponseTotal", "RecommendAnswered" = "MaintenanceCompletionMonths"."RecommendAnswered" + excluded."RecommendAnswered", "Recommended" = "MaintenanceCompletionMonths"."Recommended" + excluded."Recommended";
END;
CREATE TRIGGER MaintenanceCompletionMonths_Delete AFTER DELETE ON "MaintenanceRequests" WHEN OLD."CompletedOn" IS NOT NULL AND OLD."ActualCost" IS NOT NULL BEGIN
    INSERT INTO "MaintenanceCompletionMonths" ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "VendorId", "EstimatedByName", "Jobs", "ActualTenThousandths", "Budgeted", "BudgetedTenThousandths", "Estimated", "EstimatedTenThousandths", "ActualOfEstimatedTenThousandths", "Started", "StartedOnTime", "Rated", "OverallTotal", "QualityCount", "QualityTotal", "ResponseCount", "ResponseTotal", "RecommendAnswered", "Recommended")
        SELECT OLD."OrganizationId", substr(OLD."CompletedOn", 1, 8) || '01', OLD."PropertyId", OLD."OwnerUserId", COALESCE(OLD."ExpenseTypeId", '00000000-0000-0000-0000-000000000000'), COALESCE(OLD."VendorId", '00000000-0000-0000-0000-000000000000'), COALESCE(OLD."EstimatedByName", ''), -(1), -((CASE WHEN substr(OLD."ActualCost", 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD."ActualCost", 2), '.') = 0 THEN CAST(substr(OLD."ActualCost", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD."ActualCost", 2), 1, instr(substr(OLD."ActualCost", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD."ActualCost", 2), instr(substr(OLD."ActualCost", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD."ActualCost", '.') = 0 THEN CAST(OLD."ActualCost" AS INTEGER) * 10000 ELSE CAST(substr(OLD."ActualCost", 1, instr(OLD."ActualCost", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD."ActualCost", instr(OLD."ActualCost", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END)), -(CASE WHEN OLD."ApprovedBudget" IS NOT NULL THEN 1 ELSE 0 END), -(COALESCE((CASE WHEN substr(OLD."ApprovedBudget", 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD."ApprovedBudget", 2), '.') = 0 THEN CAST(substr(OLD."ApprovedBudget", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD."ApprovedBudget", 2), 1, instr(substr(OLD."ApprovedBudget", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD."ApprovedBudget", 2), instr(substr(OLD."ApprovedBudget", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD."ApprovedBudget", '.') = 0 THEN CAST(OLD."ApprovedBudget" AS INTEGER) * 10000 ELSE CAST(substr(OLD."ApprovedBudget", 1, instr(OLD."ApprovedBudget", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD."ApprovedBudget", instr(OLD."ApprovedBudget", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), 0)), -(CASE WHEN OLD."EstimatedCost" IS NOT NULL THEN 1 ELSE 0 END), -(COALESCE((CASE WHEN substr(OLD."EstimatedCost", 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD."EstimatedCost", 2), '.') = 0 THEN CAST(substr(OLD."EstimatedCost", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD."EstimatedCost", 2), 1, instr(substr(OLD."EstimatedCost", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD."EstimatedCost", 2), instr(substr(OLD."EstimatedCost", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD."EstimatedCost", '.') = 0 THEN CAST(OLD."EstimatedCost" AS INTEGER) * 10000 ELSE CAST(substr(OLD."EstimatedCost", 1, instr(OLD."EstimatedCost", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD."EstimatedCost", instr(OLD."EstimatedCost", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), 0)), -(CASE WHEN OLD."EstimatedCost" IS NOT NULL THEN (CASE WHEN substr(OLD."ActualCost", 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD."ActualCost", 2), '.') = 0 THEN CAST(substr(OLD."ActualCost", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD."ActualCost", 2), 1, instr(substr(OLD."ActualCost", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD."ActualCost", 2), instr(substr(OLD."ActualCost", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD."ActualCost", '.') = 0 THEN CAST(OLD."ActualCost" AS INTEGER) * 10000 ELSE CAST(substr(OLD."ActualCost", 1, instr(OLD."ActualCost", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD."ActualCost", instr(OLD."ActualCost", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END) ELSE 0 END), -(CASE WHEN OLD."StartedAt" IS NOT NULL THEN 1 ELSE 0 END), -(CASE WHEN OLD."StartedAt" <= OLD."OnSiteDueAt" THEN 1 ELSE 0 END), -(CASE WHEN x."Overall" IS NOT NULL THEN 1 ELSE 0 END), -(COALESCE(x."Overall", 0)), -(CASE WHEN x."Quality" IS NOT NULL THEN 1 ELSE 0 END), -(COALESCE(x."Quality", 0)), -(CASE WHEN x."ResponseTime" IS NOT NULL THEN 1 ELSE 0 END), -(COALESCE(x."ResponseTime", 0)), -(CASE WHEN x."WouldRecommend" IS NOT NULL THEN 1 ELSE 0 END), -(CASE WHEN x."WouldRecommend" THEN 1 ELSE 0 END)
        FROM (SELECT 1) AS one LEFT JOIN "MaintenanceRatings" AS x ON x."RequestId" = OLD."Id"
        WHERE OLD."CompletedOn" IS NOT NULL AND OLD."ActualCost" IS NOT NULL
        ON CONFLICT ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "VendorId", "EstimatedByName") DO UPDATE SET
            "Jobs" = "MaintenanceCompletionMonths"."Jobs" + excluded."Jobs", "ActualTenThousandths" = "MaintenanceCompletionMonths"."ActualTenThousandths" + excluded."ActualTenThousandths", "Budgeted" = "MaintenanceCompletionMonths"."Budgeted" + excluded."Budgeted", "BudgetedTenThousandths" = "MaintenanceCompletionMonths"."BudgetedTenThousandths" + excluded."BudgetedTenThousandths", "Estimated" = "MaintenanceCompletionMonths"."Estimated" + excluded."Estimated", "EstimatedTenThousandths" = "MaintenanceCompletionMonths"."EstimatedTenThousandths" + excluded."EstimatedTenThousandths", "ActualOfEstimatedTenThousandths" = "MaintenanceCompletionMonths"."ActualOfEstimatedTenThousandths" + excluded."ActualOfEstimatedTenThousandths", "Started" = "MaintenanceCompletionMonths"."Started" + excluded."Started", "StartedOnTime" = "MaintenanceCompletionMonths"."StartedOnTime" + excluded."StartedOnTime", "Rated" = "MaintenanceCompletionMonths"."Rated" + excluded."Rated", "OverallTotal" = "MaintenanceCompletionMonths"."OverallTotal" + excluded."OverallTotal", "QualityCount" = "MaintenanceCompletionMonths"."QualityCount" + excluded."QualityCount", "QualityTotal" = "MaintenanceCompletionMonths"."QualityTotal" + excluded."QualityTotal", "ResponseCount" = "MaintenanceCompletionMonths"."ResponseCount" + excluded."ResponseCount", "ResponseTotal" = "MaintenanceCompletionMonths"."ResponseTotal" + excluded."ResponseTotal", "RecommendAnswered" = "MaintenanceCompletionMonths"."RecommendAnswered" + excluded."RecommendAnswered", "Recommended" = "MaintenanceCompletionMonths"."Recommended" + excluded."Recommended";
END;
CREATE TRIGGER MaintenanceCompletionMonths_RatingInsert AFTER INSERT ON "MaintenanceRatings" BEGIN
    INSERT INTO "MaintenanceCompletionMonths" ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "VendorId", "EstimatedByName", "Jobs", "ActualTenThousandths", "Budgeted", "BudgetedTenThousandths", "Estimated", "EstimatedTenThousandths", "ActualOfEstimatedTenThousandths", "Started", "StartedOnTime", "Rated", "OverallTotal", "QualityCount", "QualityTotal", "ResponseCount", "ResponseTotal", "RecommendAnswered", "Recommended")
        SELECT r."OrganizationId", substr(r."CompletedOn", 1, 8) || '01', r."PropertyId", r."OwnerUserId", COALESCE(r."ExpenseTypeId", '00000000-0000-0000-0000-000000000000'), COALESCE(r."VendorId", '00000000-0000-0000-0000-000000000000'), COALESCE(r."EstimatedByName", ''), 0, 0, 0, 0, 0, 0, 0, 0, 0, CASE WHEN NEW."Overall" IS NOT NULL THEN 1 ELSE 0 END, COALESCE(NEW."Overall", 0), CASE WHEN NEW."Quality" IS NOT NULL THEN 1 ELSE 0 END, COALESCE(NEW."Quality", 0), CASE WHEN NEW."ResponseTime" IS NOT NULL THEN 1 ELSE 0 END, COALESCE(NEW."ResponseTime", 0), CASE WHEN NEW."WouldRecommend" IS NOT NULL THEN 1 ELSE 0 END, CASE WHEN NEW."WouldRecommend" THEN 1 ELSE 0 END
        FROM "MaintenanceRequests" AS r
        WHERE r."Id" = NEW."RequestId" AND r."CompletedOn" IS NOT NULL AND r."ActualCost" IS NOT NULL
        ON CONFLICT ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "VendorId", "EstimatedByName") DO UPDATE SET
            "Jobs" = "MaintenanceCompletionMonths"."Jobs" + excluded."Jobs", "ActualTenThousandths" = "MaintenanceCompletionMonths"."ActualTenThousandths" + excluded."ActualTenThousandths", "Budgeted" = "MaintenanceCompletionMonths"."Budgeted" + excluded."Budgeted", "BudgetedTenThousandths" = "MaintenanceCompletionMonths"."BudgetedTenThousandths" + excluded."BudgetedTenThousandths", "Estimated" = "MaintenanceCompletionMonths"."Estimated" + excluded."Estimated", "EstimatedTenThousandths" = "MaintenanceCompletionMonths"."EstimatedTenThousandths" + excluded."EstimatedTenThousandths", "ActualOfEstimatedTenThousandths" = "MaintenanceCompletionMonths"."ActualOfEstimatedTenThousandths" + excluded."ActualOfEstimatedTenThousandths", "Started" = "MaintenanceCompletionMonths"."Started" + excluded."Started", "StartedOnTime" = "MaintenanceCompletionMonths"."StartedOnTime" + excluded."StartedOnTime", "Rated" = "MaintenanceCompletionMonths"."Rated" + excluded."Rated", "OverallTotal" = "MaintenanceCompletionMonths"."OverallTotal" + excluded."OverallTotal", "QualityCount" = "MaintenanceCompletionMonths"."QualityCount" + excluded."QualityCount", "QualityTotal" = "MaintenanceCompletionMonths"."QualityTotal" + excluded."QualityTotal", "ResponseCount" = "MaintenanceCompletionMonths"."ResponseCount" + excluded."ResponseCount", "ResponseTotal" = "MaintenanceCompletionMonths"."ResponseTotal" + excluded."ResponseTotal", "RecommendAnswered" = "MaintenanceCompletionMonths"."RecommendAnswered" + excluded."RecommendAnswered", "Recommended" = "MaintenanceCompletionMonths"."Recommended" + excluded."Recommended";
END;
CREATE TRIGGER MaintenanceCompletionMonths_RatingUpdate AFTER UPDATE ON "MaintenanceRatings" WHEN OLD."RequestId" IS NOT NEW."RequestId" OR OLD."Overall" IS NOT NEW."Overall" OR OLD."Quality" IS NOT NEW."Quality" OR OLD."ResponseTime" IS NOT NEW."ResponseTime" OR OLD."WouldRecommend" IS NOT NEW."WouldRecommend" BEGIN
    INSERT INTO "MaintenanceCompletionMonths" ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "VendorId", "EstimatedByName", "Jobs", "ActualTenThousandths", "Budgeted", "BudgetedTenThousandths", "Estimated", "EstimatedTenThousandths", "ActualOfEstimatedTenThousandths", "Started", "StartedOnTime", "Rated", "OverallTotal", "QualityCount", "QualityTotal", "ResponseCount", "ResponseTotal", "RecommendAnswered", "Recommended")
        SELECT r."OrganizationId", substr(r."CompletedOn", 1, 8) || '01', r."PropertyId", r."OwnerUserId", COALESCE(r."ExpenseTypeId", '00000000-0000-0000-0000-000000000000'), COALESCE(r."VendorId", '00000000-0000-0000-0000-000000000000'), COALESCE(r."EstimatedByName", ''), 0, 0, 0, 0, 0, 0, 0, 0, 0, -(CASE WHEN OLD."Overall" IS NOT NULL THEN 1 ELSE 0 END), -(COALESCE(OLD."Overall", 0)), -(CASE WHEN OLD."Quality" IS NOT NULL THEN 1 ELSE 0 END), -(COALESCE(OLD."Quality", 0)), -(CASE WHEN OLD."ResponseTime" IS NOT NULL THEN 1 ELSE 0 END), -(COALESCE(OLD."ResponseTime", 0)), -(CASE WHEN OLD."WouldRecommend" IS NOT NULL THEN 1 ELSE 0 END), -(CASE WHEN OLD."WouldRecommend" THEN 1 ELSE 0 END)
        FROM "MaintenanceRequests" AS r
        WHERE r."Id" = OLD."RequestId" AND r."CompletedOn" IS NOT NULL AND r."ActualCost" IS NOT NULL
        ON CONFLICT ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "VendorId", "EstimatedByName") DO UPDATE SET
            "Jobs" = "MaintenanceCompletionMonths"."Jobs" + excluded."Jobs", "ActualTenThousandths" = "MaintenanceCompletionMonths"."ActualTenThousandths" + excluded."ActualTenThousandths", "Budgeted" = "MaintenanceCompletionMonths"."Budgeted" + excluded."Budgeted", "BudgetedTenThousandths" = "MaintenanceCompletionMonths"."BudgetedTenThousandths" + excluded."BudgetedTenThousandths", "Estimated" = "MaintenanceCompletionMonths"."Estimated" + excluded."Estimated", "EstimatedTenThousandths" = "MaintenanceCompletionMonths"."EstimatedTenThousandths" + excluded."EstimatedTenThousandths", "ActualOfEstimatedTenThousandths" = "MaintenanceCompletionMonths"."ActualOfEstimatedTenThousandths" + excluded."ActualOfEstimatedTenThousandths", "Started" = "MaintenanceCompletionMonths"."Started" + excluded."Started", "StartedOnTime" = "MaintenanceCompletionMonths"."StartedOnTime" + excluded."StartedOnTime", "Rated" = "MaintenanceCompletionMonths"."Rated" + excluded."Rated", "OverallTotal" = "MaintenanceCompletionMonths"."OverallTotal" + excluded."OverallTotal", "QualityCount" = "MaintenanceCompletionMonths"."QualityCount" + excluded."QualityCount", "QualityTotal" = "MaintenanceCompletionMonths"."QualityTotal" + excluded."QualityTotal", "ResponseCount" = "MaintenanceCompletionMonths"."ResponseCount" + excluded."ResponseCount", "ResponseTotal" = "MaintenanceCompletionMonths"."ResponseTotal" + excluded."ResponseTotal", "RecommendAnswered" = "MaintenanceCompletionMonths"."RecommendAnswered" + excluded."RecommendAnswered", "Recommended" = "MaintenanceCompletionMonths"."Recommended" + excluded."Recommended";
    INSERT INTO "MaintenanceCompletionMonths" ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "VendorId", "EstimatedByName", "Jobs", "ActualTenThousandths", "Budgeted", "BudgetedTenThousandths", "Estimated", "EstimatedTenThousandths", "ActualOfEstimatedTenThousandths", "Started", "StartedOnTime", "Rated", "OverallTotal", "QualityCount", "QualityTotal", "ResponseCount", "ResponseTotal", "RecommendAnswered", "Recommended")
        SELECT r."OrganizationId", substr(r."CompletedOn", 1, 8) || '01', r."PropertyId", r."OwnerUserId", COALESCE(r."ExpenseTypeId", '00000000-0000-0000-0000-000000000000'), COALESCE(r."VendorId", '00000000-0000-0000-0000-000000000000'), COALESCE(r."EstimatedByName", ''), 0, 0, 0, 0, 0, 0, 0, 0, 0, CASE WHEN NEW."Overall" IS NOT NULL THEN 1 ELSE 0 END, COALESCE(NEW."Overall", 0), CASE WHEN NEW."Quality" IS NOT NULL THEN 1 ELSE 0 END, COALESCE(NEW."Quality", 0), CASE WHEN NEW."ResponseTime" IS NOT NULL THEN 1 ELSE 0 END, COALESCE(NEW."ResponseTime", 0), CASE WHEN NEW."WouldRecommend" IS NOT NULL THEN 1 ELSE 0 END, CASE WHEN NEW."WouldRecommend" THEN 1 ELSE 0 END
        FROM "MaintenanceRequests" AS r
        WHERE r."Id" = NEW."RequestId" AND r."CompletedOn" IS NOT NULL AND r."ActualCost" IS NOT NULL
        ON CONFLICT ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "VendorId", "EstimatedByName") DO UPDATE SET
            "Jobs" = "MaintenanceCompletionMonths"."Jobs" + excluded."Jobs", "ActualTenThousandths" = "MaintenanceCompletionMonths"."ActualTenThousandths" + excluded."ActualTenThousandths", "Budgeted" = "MaintenanceCompletionMonths"."Budgeted" + excluded."Budgeted", "BudgetedTenThousandths" = "MaintenanceCompletionMonths"."BudgetedTenThousandths" + excluded."BudgetedTenThousandths", "Estimated" = "MaintenanceCompletionMonths"."Estimated" + excluded."Estimated", "EstimatedTenThousandths" = "MaintenanceCompletionMonths"."EstimatedTenThousandths" + excluded."EstimatedTenThousandths", "ActualOfEstimatedTenThousandths" = "MaintenanceCompletionMonths"."ActualOfEstimatedTenThousandths" + excluded."ActualOfEstimatedTenThousandths", "Started" = "MaintenanceCompletionMonths"."Started" + excluded."Started", "StartedOnTime" = "MaintenanceCompletionMonths"."StartedOnTime" + excluded."StartedOnTime", "Rated" = "MaintenanceCompletionMonths"."Rated" + excluded."Rated", "OverallTotal" = "MaintenanceCompletionMonths"."OverallTotal" + excluded."OverallTotal", "QualityCount" = "MaintenanceCompletionMonths"."QualityCount" + excluded."QualityCount", "QualityTotal" = "MaintenanceCompletionMonths"."QualityTotal" + excluded."QualityTotal", "ResponseCount" = "MaintenanceCompletionMonths"."ResponseCount" + excluded."ResponseCount", "ResponseTotal" = "MaintenanceCompletionMonths"."ResponseTotal" + excluded."ResponseTotal", "RecommendAnswered" = "MaintenanceCompletionMonths"."RecommendAnswered" + excluded."RecommendAnswered", "Recommended" = "MaintenanceCompletionMonths"."Recommended" + excluded."Recommended";
END;
CREATE TRIGGER MaintenanceCompletionMonths_RatingDelete AFTER DELETE ON "MaintenanceRatings" BEGIN
    INSERT INTO "MaintenanceCompletionMonths" ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "VendorId", "EstimatedByName", "Jobs", "ActualTenThousandths", "Budgeted", "BudgetedTenThousandths", "Estimated", "EstimatedTenThousandths", "ActualOfEstimatedTenThousandths", "Started", "StartedOnTime", "Rated", "OverallTotal", "QualityCount", "QualityTotal", "ResponseCount", "ResponseTotal", "RecommendAnswered", "Recommended")
        SELECT r."OrganizationId", substr(r."CompletedOn", 1, 8) || '01', r."PropertyId", r."OwnerUserId", COALESCE(r."ExpenseTypeId", '00000000-0000-0000-0000-000000000000'), COALESCE(r."VendorId", '00000000-0000-0000-0000-000000000000'), COALESCE(r."EstimatedByName", ''), 0, 0, 0, 0, 0, 0, 0, 0, 0, -(CASE WHEN OLD."Overall" IS NOT NULL THEN 1 ELSE 0 END), -(COALESCE(OLD."Overall", 0)), -(CASE WHEN OLD."Quality" IS NOT NULL THEN 1 ELSE 0 END), -(COALESCE(OLD."Quality", 0)), -(CASE WHEN OLD."ResponseTime" IS NOT NULL THEN 1 ELSE 0 END), -(COALESCE(OLD."ResponseTime", 0)), -(CASE WHEN OLD."WouldRecommend" IS NOT NULL THEN 1 ELSE 0 END), -(CASE WHEN OLD."WouldRecommend" THEN 1 ELSE 0 END)
        FROM "MaintenanceRequests" AS r
        WHERE r."Id" = OLD."RequestId" AND r."CompletedOn" IS NOT NULL AND r."ActualCost" IS NOT NULL
        ON CONFLICT ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "VendorId", "EstimatedByName") DO UPDATE SET
            "Jobs" = "MaintenanceCompletionMonths"."Jobs" + excluded."Jobs", "ActualTenThousandths" = "MaintenanceCompletionMonths"."ActualTenThousandths" + excluded."ActualTenThousandths", "Budgeted" = "MaintenanceCompletionMonths"."Budgeted" + excluded."Budgeted", "BudgetedTenThousandths" = "MaintenanceCompletionMonths"."BudgetedTenThousandths" + excluded."BudgetedTenThousandths", "Estimated" = "MaintenanceCompletionMonths"."Estimated" + excluded."Estimated", "EstimatedTenThousandths" = "MaintenanceCompletionMonths"."EstimatedTenThousandths" + excluded."EstimatedTenThousandths", "ActualOfEstimatedTenThousandths" = "MaintenanceCompletionMonths"."ActualOfEstimatedTenThousandths" + excluded."ActualOfEstimatedTenThousandths", "Started" = "MaintenanceCompletionMonths"."Started" + excluded."Started", "StartedOnTime" = "MaintenanceCompletionMonths"."StartedOnTime" + excluded."StartedOnTime", "Rated" = "MaintenanceCompletionMonths"."Rated" + excluded."Rated", "OverallTotal" = "MaintenanceCompletionMonths"."OverallTotal" + excluded."OverallTotal", "QualityCount" = "MaintenanceCompletionMonths"."QualityCount" + excluded."QualityCount", "QualityTotal" = "MaintenanceCompletionMonths"."QualityTotal" + excluded."QualityTotal", "ResponseCount" = "MaintenanceCompletionMonths"."ResponseCount" + excluded."ResponseCount", "ResponseTotal" = "MaintenanceCompletionMonths"."ResponseTotal" + excluded."ResponseTotal", "RecommendAnswered" = "MaintenanceCompletionMonths"."RecommendAnswered" + excluded."RecommendAnswered", "Recommended" = "MaintenanceCompletionMonths"."Recommended" + excluded."Recommended";
END;
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203024935_MaintenanceCompletionMonths', '10.0.15');
--@command
DROP INDEX "IX_MaintenanceRequests_OrganizationId_CompletedAt";
--@command
DROP INDEX "IX_MaintenanceRequests_OwnerUserId_CompletedAt";
--@command
CREATE INDEX "IX_MaintenanceRequests_OrganizationId_CompletedAt_Number" ON "MaintenanceRequests" ("OrganizationId", "CompletedAt", "Number");
--@command
CREATE INDEX "IX_MaintenanceRequests_OwnerUserId_CompletedAt_Number" ON "MaintenanceRequests" ("OwnerUserId", "CompletedAt", "Number");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203030154_CompletedWorkInNumberOrder', '10.0.15');
--@command
DROP TRIGGER IF EXISTS MaintenancePaymentMonths_Insert;
DROP TRIGGER IF EXISTS MaintenancePaymentMonths_Update;
DROP TRIGGER IF EXISTS MaintenancePaymentMonths_Delete;
--@command
DROP TABLE "MaintenancePaymentMonths";
--@command
CREATE TABLE "MaintenancePaymentMonths" (
    "OrganizationId" TEXT NOT NULL,
    "Month" TEXT NOT NULL,
    "PropertyId" TEXT NOT NULL,
    "LandlordUserId" TEXT NOT NULL,
    "CategoryName" TEXT NOT NULL,
    "ExpenseTypeId" TEXT NOT NULL,
    "PaidTo" TEXT NOT NULL,
    "Method" TEXT NOT NULL,
    "Emergency" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    "AmountTenThousandths" INTEGER NOT NULL,
    "SmallestTenThousandths" INTEGER NOT NULL,
    "LargestTenThousandths" INTEGER NOT NULL,
    "FirstPaidOn" TEXT NOT NULL,
    "LastPaidOn" TEXT NOT NULL,
    CONSTRAINT "PK_MaintenancePaymentMonths" PRIMARY KEY ("OrganizationId", "Month", "PropertyId", "LandlordUserId", "CategoryName", "ExpenseTypeId", "PaidTo", "Method", "Emergency")
);
--@command
CREATE INDEX "IX_MaintenancePaymentMonths_LandlordUserId_Month" ON "MaintenancePaymentMonths" ("LandlordUserId", "Month");
--@command
CREATE TRIGGER MaintenancePaymentMonths_Insert AFTER INSERT ON "MaintenancePayments" BEGIN
    INSERT INTO "MaintenancePaymentMonths" ("OrganizationId", "Month", "PropertyId", "LandlordUserId", "CategoryName", "ExpenseTypeId", "PaidTo", "Method", "Emergency", "Count", "AmountTenThousandths", "SmallestTenThousandths", "LargestTenThousandths", "FirstPaidOn", "LastPaidOn")
        SELECT NEW."OrganizationId", substr(NEW.PaidOn, 1, 8) || '01', NEW."PropertyId", NEW."LandlordUserId", COALESCE(NEW."CategoryName", ''), COALESCE(r."ExpenseTypeId", '00000000-0000-0000-0000-000000000000'), NEW."PaidTo", NEW."Method", (r."Priority" = 'Emergency'), 1, (CASE WHEN substr(NEW."Amount", 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW."Amount", 2), '.') = 0 THEN CAST(substr(NEW."Amount", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW."Amount", 2), 1, instr(substr(NEW."Amount", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW."Amount", 2), instr(substr(NEW."Amount", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW."Amount", '.') = 0 THEN CAST(NEW."Amount" AS INTEGER) * 10000 ELSE CAST(substr(NEW."Amount", 1, instr(NEW."Amount", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW."Amount", instr(NEW."Amount", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), (CASE WHEN substr(NEW."Amount", 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW."Amount", 2), '.') = 0 THEN CAST(substr(NEW."Amount", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW."Amount", 2), 1, instr(substr(NEW."Amount", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW."Amount", 2), instr(substr(NEW."Amount", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW."Amount", '.') = 0 THEN CAST(NEW."Amount" AS INTEGER) * 10000 ELSE CAST(substr(NEW."Amount", 1, instr(NEW."Amount", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW."Amount", instr(NEW."Amount", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), (CASE WHEN substr(NEW."Amount", 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW."Amount", 2), '.') = 0 THEN CAST(substr(NEW."Amount", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW."Amount", 2), 1, instr(substr(NEW."Amount", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW."Amount", 2), instr(substr(NEW."Amount", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW."Amount", '.') = 0 THEN CAST(NEW."Amount" AS INTEGER) * 10000 ELSE CAST(substr(NEW."Amount", 1, instr(NEW."Amount", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW."Amount", instr(NEW."Amount", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), NEW."PaidOn", NEW."PaidOn"
        FROM "MaintenanceRequests" AS r WHERE r."Id" = NEW."RequestId"
        ON CONFLICT ("OrganizationId", "Month", "PropertyId", "LandlordUserId", "CategoryName", "ExpenseTypeId", "PaidTo", "Method", "Emergency") DO UPDATE SET "Count" = "MaintenancePaymentMonths"."Count" + 1,
            "AmountTenThousandths" = "MaintenancePaymentMonths"."AmountTenThousandths" + excluded."AmountTenThousandths",
            "SmallestTenThousandths" = min("MaintenancePaymentMonths"."SmallestTenThousandths", excluded."SmallestTenThousandths"),
            "LargestTenThousandths" = max("MaintenancePaymentMonths"."LargestTenThousandths", excluded."LargestTenThousandths"),
            "FirstPaidOn" = min("MaintenancePaymentMonths"."FirstPaidOn", excluded."FirstPaidOn"),
            "LastPaidOn" = max("MaintenancePaymentMonths"."LastPaidOn", excluded."LastPaidOn");
END;
CREATE TRIGGER MaintenancePaymentMonths_Update
    AFTER UPDATE OF "Amount", "PaidOn", "PropertyId", "LandlordUserId", "CategoryName", "PaidTo", "Method", "RequestId" ON "MaintenancePayments" BEGIN
    UPDATE "MaintenancePaymentMonths" SET "Count" = "Count" - 1,
            "AmountTenThousandths" = "AmountTenThousandths" - (CASE WHEN substr(OLD."Amount", 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD."Amount", 2), '.') = 0 THEN CAST(substr(OLD."Amount", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD."Amount", 2), 1, instr(substr(OLD."Amount", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD."Amount", 2), instr(substr(OLD."Amount", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD."Amount", '.') = 0 THEN CAST(OLD."Amount" AS INTEGER) * 10000 ELSE CAST(substr(OLD."Amount", 1, instr(OLD."Amount", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD."Amount", instr(OLD."Amount", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END)
        WHERE ("OrganizationId", "Month", "PropertyId", "LandlordUserId", "CategoryName", "ExpenseTypeId", "PaidTo", "Method", "Emergency") = (SELECT OLD."OrganizationId", substr(OLD.PaidOn, 1, 8) || '01', OLD."PropertyId", OLD."LandlordUserId", COALESCE(OLD."CategoryName", ''), COALESCE(r."ExpenseTypeId", '00000000-0000-0000-0000-000000000000'), OLD."PaidTo", OLD."Method", (r."Priority" = 'Emergency') FROM "MaintenanceRequests" AS r WHERE r."Id" = OLD."RequestId");
    INSERT INTO "MaintenancePaymentMonths" ("OrganizationId", "Month", "PropertyId", "LandlordUserId", "CategoryName", "ExpenseTypeId", "PaidTo", "Method", "Emergency", "Count", "AmountTenThousandths", "SmallestTenThousandths", "LargestTenThousandths", "FirstPaidOn", "LastPaidOn")
        SELECT NEW."OrganizationId", substr(NEW.PaidOn, 1, 8) || '01', NEW."PropertyId", NEW."LandlordUserId", COALESCE(NEW."CategoryName", ''), COALESCE(r."ExpenseTypeId", '00000000-0000-0000-0000-000000000000'), NEW."PaidTo", NEW."Method", (r."Priority" = 'Emergency'), 1, (CASE WHEN substr(NEW."Amount", 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW."Amount", 2), '.') = 0 THEN CAST(substr(NEW."Amount", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW."Amount", 2), 1, instr(substr(NEW."Amount", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW."Amount", 2), instr(substr(NEW."Amount", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW."Amount", '.') = 0 THEN CAST(NEW."Amount" AS INTEGER) * 10000 ELSE CAST(substr(NEW."Amount", 1, instr(NEW."Amount", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW."Amount", instr(NEW."Amount", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), (CASE WHEN substr(NEW."Amount", 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW."Amount", 2), '.') = 0 THEN CAST(substr(NEW."Amount", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW."Amount", 2), 1, instr(substr(NEW."Amount", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW."Amount", 2), instr(substr(NEW."Amount", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW."Amount", '.') = 0 THEN CAST(NEW."Amount" AS INTEGER) * 10000 ELSE CAST(substr(NEW."Amount", 1, instr(NEW."Amount", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW."Amount", instr(NEW."Amount", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), (CASE WHEN substr(NEW."Amount", 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW."Amount", 2), '.') = 0 THEN CAST(substr(NEW."Amount", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW."Amount", 2), 1, instr(substr(NEW."Amount", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW."Amount", 2), instr(substr(NEW."Amount", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW."Amount", '.') = 0 THEN CAST(NEW."Amount" AS INTEGER) * 10000 ELSE CAST(substr(NEW."Amount", 1, instr(NEW."Amount", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW."Amount", instr(NEW."Amount", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), NEW."PaidOn", NEW."PaidOn"
        FROM "MaintenanceRequests" AS r WHERE r."Id" = NEW."RequestId"
        ON CONFLICT ("OrganizationId", "Month", "PropertyId", "LandlordUserId", "CategoryName", "ExpenseTypeId", "PaidTo", "Method", "Emergency") DO UPDATE SET "Count" = "MaintenancePaymentMonths"."Count" + 1,
            "AmountTenThousandths" = "MaintenancePaymentMonths"."AmountTenThousandths" + excluded."AmountTenThousandths",
            "SmallestTenThousandths" = min("MaintenancePaymentMonths"."SmallestTenThousandths", excluded."SmallestTenThousandths"),
            "LargestTenThousandths" = max("MaintenancePaymentMonths"."LargestTenThousandths", excluded."LargestTenThousandths"),
            "FirstPaidOn" = min("MaintenancePaymentMonths"."FirstPaidOn", excluded."FirstPaidOn"),
            "LastPaidOn" = max("MaintenancePaymentMonths"."LastPaidOn", excluded."LastPaidOn");
END;
CREATE TRIGGER MaintenancePaymentMonths_Delete AFTER DELETE ON "MaintenancePayments" BEGIN
    UPDATE "MaintenancePaymentMonths" SET "Count" = "Count" - 1,
            "AmountTenThousandths" = "AmountTenThousandths" - (CASE WHEN substr(OLD."Amount", 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD."Amount", 2), '.') = 0 THEN CAST(substr(OLD."Amount", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD."Amount", 2), 1, instr(substr(OLD."Amount", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD."Amount", 2), instr(substr(OLD."Amount", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD."Amount", '.') = 0 THEN CAST(OLD."Amount" AS INTEGER) * 10000 ELSE CAST(substr(OLD."Amount", 1, instr(OLD."Amount", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD."Amount", instr(OLD."Amount", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END)
        WHERE ("OrganizationId", "Month", "PropertyId", "LandlordUserId", "CategoryName", "ExpenseTypeId", "PaidTo", "Method", "Emergency") = (SELECT OLD."OrganizationId", substr(OLD.PaidOn, 1, 8) || '01', OLD."PropertyId", OLD."LandlordUserId", COALESCE(OLD."CategoryName", ''), COALESCE(r."ExpenseTypeId", '00000000-0000-0000-0000-000000000000'), OLD."PaidTo", OLD."Method", (r."Priority" = 'Emergency') FROM "MaintenanceRequests" AS r WHERE r."Id" = OLD."RequestId");
END;
--@command
DELETE FROM "MaintenancePaymentMonths";
INSERT INTO "MaintenancePaymentMonths" ("OrganizationId", "Month", "PropertyId", "LandlordUserId", "CategoryName", "ExpenseTypeId", "PaidTo", "Method", "Emergency", "Count", "AmountTenThousandths", "SmallestTenThousandths", "LargestTenThousandths",
        "FirstPaidOn", "LastPaidOn")
    SELECT p."OrganizationId", substr(p.PaidOn, 1, 8) || '01', p."PropertyId", p."LandlordUserId", COALESCE(p."CategoryName", ''), COALESCE(r."ExpenseTypeId", '00000000-0000-0000-0000-000000000000'), p."PaidTo", p."Method", (r."Priority" = 'Emergency'), COUNT(*), SUM((CASE WHEN substr(p."Amount", 1, 1) = '-' THEN -(CASE WHEN instr(substr(p."Amount", 2), '.') = 0 THEN CAST(substr(p."Amount", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(p."Amount", 2), 1, instr(substr(p."Amount", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(p."Amount", 2), instr(substr(p."Amount", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(p."Amount", '.') = 0 THEN CAST(p."Amount" AS INTEGER) * 10000 ELSE CAST(substr(p."Amount", 1, instr(p."Amount", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(p."Amount", instr(p."Amount", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END)), MIN((CASE WHEN substr(p."Amount", 1, 1) = '-' THEN -(CASE WHEN instr(substr(p."Amount", 2), '.') = 0 THEN CAST(substr(p."Amount", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(p."Amount", 2), 1, instr(substr(p."Amount", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(p."Amount", 2), instr(substr(p."Amount", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(p."Amount", '.') = 0 THEN CAST(p."Amount" AS INTEGER) * 10000 ELSE CAST(substr(p."Amount", 1, instr(p."Amount", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(p."Amount", instr(p."Amount", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END)), MAX((CASE WHEN substr(p."Amount", 1, 1) = '-' THEN -(CASE WHEN instr(substr(p."Amount", 2), '.') = 0 THEN CAST(substr(p."Amount", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(p."Amount", 2), 1, instr(substr(p."Amount", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(p."Amount", 2), instr(substr(p."Amount", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(p."Amount", '.') = 0 THEN CAST(p."Amount" AS INTEGER) * 10000 ELSE CAST(substr(p."Amount", 1, instr(p."Amount", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(p."Amount", instr(p."Amount", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END)), MIN(p."PaidOn"), MAX(p."PaidOn")
    FROM "MaintenancePayments" AS p JOIN "MaintenanceRequests" AS r ON r."Id" = p."RequestId"
    GROUP BY p."OrganizationId", substr(p.PaidOn, 1, 8) || '01', p."PropertyId", p."LandlordUserId", COALESCE(p."CategoryName", ''), COALESCE(r."ExpenseTypeId", '00000000-0000-0000-0000-000000000000'), p."PaidTo", p."Method", (r."Priority" = 'Emergency');
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203030444_PaymentMonthsByTypePayeeAndMethod', '10.0.15');
--@command
ALTER TABLE "MaintenanceRequests" ADD "RequestedOn" TEXT NULL;
--@command
CREATE TABLE "MaintenanceRequestMonths" (
    "OrganizationId" TEXT NOT NULL,
    "Month" TEXT NOT NULL,
    "PropertyId" TEXT NOT NULL,
    "OwnerUserId" TEXT NOT NULL,
    "ExpenseTypeId" TEXT NOT NULL,
    "RequestorType" TEXT NOT NULL,
    "RequestedById" TEXT NOT NULL,
    "RequestedByName" TEXT NOT NULL,
    "Requests" INTEGER NOT NULL,
    "Open" INTEGER NOT NULL,
    "Emergencies" INTEGER NOT NULL,
    "Closed" INTEGER NOT NULL,
    "ActualTenThousandths" INTEGER NOT NULL,
    "AwaitingApproval" INTEGER NOT NULL,
    "AwaitingEmergencies" INTEGER NOT NULL,
    "AwaitingOwner" INTEGER NOT NULL,
    "AwaitingEstimatedTenThousandths" INTEGER NOT NULL,
    "LatestRequestedAt" TEXT NOT NULL,
    CONSTRAINT "PK_MaintenanceRequestMonths" PRIMARY KEY ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "RequestorType", "RequestedById", "RequestedByName")
);
--@command
CREATE INDEX "IX_MaintenanceRequests_RequestedOn_Missing" ON "MaintenanceRequests" ("Id") WHERE "RequestedOn" IS NULL;
--@command
CREATE INDEX "IX_MaintenanceRequestMonths_OrganizationId_ExpenseTypeId_Month" ON "MaintenanceRequestMonths" ("OrganizationId", "ExpenseTypeId", "Month");
--@command
CREATE INDEX "IX_MaintenanceRequestMonths_OwnerUserId_Month" ON "MaintenanceRequestMonths" ("OwnerUserId", "Month");
--@command
CREATE TRIGGER MaintenanceRequestMonths_Insert AFTER INSERT ON "MaintenanceRequests" BEGIN
    INSERT INTO "MaintenanceRequestMonths" ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "RequestorType", "RequestedById", "RequestedByName", "Requests", "Open", "Emergencies", "Closed", "ActualTenThousandths", "AwaitingApproval", "AwaitingEmergencies", "AwaitingOwner", "AwaitingEstimatedTenThousandths", "LatestRequestedAt")
        SELECT NEW."OrganizationId", substr(NEW."RequestedOn", 1, 8) || '01', NEW."PropertyId", NEW."OwnerUserId", COALESCE(NEW."ExpenseTypeId", '00000000-0000-0000-0000-000000000000'), NEW."RequestorType", NEW."RequestedById", NEW."RequestedByName", 1, CASE WHEN NEW."IsOpen" THEN 1 ELSE 0 END, CASE WHEN NEW."Priority" = 'Emergency' THEN 1 ELSE 0 END, CASE WHEN NEW."Status" = 'Closed' THEN 1 ELSE 0 END, COALESCE((CASE WHEN substr(NEW."ActualCost", 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW."ActualCost", 2), '.') = 0 THEN CAST(substr(NEW."ActualCost", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW."ActualCost", 2), 1, instr(substr(NEW."ActualCost", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW."ActualCost", 2), instr(substr(NEW."ActualCost", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW."ActualCost", '.') = 0 THEN CAST(NEW."ActualCost" AS INTEGER) * 10000 ELSE CAST(substr(NEW."ActualCost", 1, instr(NEW."ActualCost", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW."ActualCost", instr(NEW."ActualCost", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), 0), CASE WHEN NEW."Status" IN ('Estimated', 'QuotesSubmitted') THEN 1 ELSE 0 END, CASE WHEN NEW."Status" IN ('Estimated', 'QuotesSubmitted') AND NEW."Priority" = 'Emergency' THEN 1 ELSE 0 END, CASE WHEN NEW."Status" IN ('Estimated', 'QuotesSubmitted') AND NEW."EstimateNeedsOwner" THEN 1 ELSE 0 END, CASE WHEN NEW."Status" IN ('Estimated', 'QuotesSubmitted') THEN COALESCE((CASE WHEN substr(NEW."EstimatedCost", 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW."EstimatedCost", 2), '.') = 0 THEN CAST(substr(NEW."EstimatedCost", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW."EstimatedCost", 2), 1, instr(substr(NEW."EstimatedCost", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW."EstimatedCost", 2), instr(substr(NEW."EstimatedCost", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW."EstimatedCost", '.') = 0 THEN CAST(NEW."EstimatedCost" AS INTEGER) * 10000 ELSE CAST(substr(NEW."EstimatedCost", 1, instr(NEW."EstimatedCost", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW."EstimatedCost", instr(NEW."EstimatedCost", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), 0) ELSE 0 END, NEW."RequestedAt"
        
        WHERE NEW."RequestedOn" IS NOT NULL
        ON CONFLICT ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "RequestorType", "RequestedById", "RequestedByName") DO UPDATE SET
            "Requests" = "MaintenanceRequestMonths"."Requests" + excluded."Requests", "Open" = "MaintenanceRequestMonths"."Open" + excluded."Open", "Emergencies" = "MaintenanceRequestMonths"."Emergencies" + excluded."Emergencies", "Closed" = "MaintenanceRequestMonths"."Closed" + excluded."Closed", "ActualTenThousandths" = "MaintenanceRequestMonths"."ActualTenThousandths" + excluded."ActualTenThousandths", "AwaitingApproval" = "MaintenanceRequestMonths"."AwaitingApproval" + excluded."AwaitingApproval", "AwaitingEmergencies" = "MaintenanceRequestMonths"."AwaitingEmergencies" + excluded."AwaitingEmergencies", "AwaitingOwner" = "MaintenanceRequestMonths"."AwaitingOwner" + excluded."AwaitingOwner", "AwaitingEstimatedTenThousandths" = "MaintenanceRequestMonths"."AwaitingEstimatedTenThousandths" + excluded."AwaitingEstimatedTenThousandths", "LatestRequestedAt" = max("MaintenanceRequestMonths"."LatestRequestedAt", excluded."LatestRequestedAt");
END;
CREATE TRIGGER MaintenanceRequestMonths_Update AFTER UPDATE OF "RequestedOn", "IsOpen", "Status", "Priority", "ActualCost", "EstimatedCost", "EstimateNeedsOwner", "PropertyId", "OwnerUserId", "ExpenseTypeId", "RequestorType", "RequestedById", "RequestedByName" ON "MaintenanceRequests" WHEN OLD."RequestedOn" IS NOT NEW."RequestedOn" OR OLD."IsOpen" IS NOT NEW."IsOpen" OR OLD."Status" IS NOT NEW."Status" OR OLD."Priority" IS NOT NEW."Priority" OR OLD."ActualCost" IS NOT NEW."ActualCost" OR OLD."EstimatedCost" IS NOT NEW."EstimatedCost" OR OLD."EstimateNeedsOwner" IS NOT NEW."EstimateNeedsOwner" OR OLD."PropertyId" IS NOT NEW."PropertyId" OR OLD."OwnerUserId" IS NOT NEW."OwnerUserId" OR OLD."ExpenseTypeId" IS NOT NEW."ExpenseTypeId" OR OLD."RequestorType" IS NOT NEW."RequestorType" OR OLD."RequestedById" IS NOT NEW."RequestedById" OR OLD."RequestedByName" IS NOT NEW."RequestedByName" BEGIN
    INSERT INTO "MaintenanceRequestMonths" ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "RequestorType", "RequestedById", "RequestedByName", "Requests", "Open", "Emergencies", "Closed", "ActualTenThousandths", "AwaitingApproval", "AwaitingEmergencies", "AwaitingOwner", "AwaitingEstimatedTenThousandths", "LatestRequestedAt")
        SELECT OLD."OrganizationId", substr(OLD."RequestedOn", 1, 8) || '01', OLD."PropertyId", OLD."OwnerUserId", COALESCE(OLD."ExpenseTypeId", '00000000-0000-0000-0000-000000000000'), OLD."RequestorType", OLD."RequestedById", OLD."RequestedByName", -(1), -(CASE WHEN OLD."IsOpen" THEN 1 ELSE 0 END), -(CASE WHEN OLD."Priority" = 'Emergency' THEN 1 ELSE 0 END), -(CASE WHEN OLD."Status" = 'Closed' THEN 1 ELSE 0 END), -(COALESCE((CASE WHEN substr(OLD."ActualCost", 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD."ActualCost", 2), '.') = 0 THEN CAST(substr(OLD."ActualCost", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD."ActualCost", 2), 1, instr(substr(OLD."ActualCost", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD."ActualCost", 2), instr(substr(OLD."ActualCost", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD."ActualCost", '.') = 0 THEN CAST(OLD."ActualCost" AS INTEGER) * 10000 ELSE CAST(substr(OLD."ActualCost", 1, instr(OLD."ActualCost", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD."ActualCost", instr(OLD."ActualCost", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), 0)), -(CASE WHEN OLD."Status" IN ('Estimated', 'QuotesSubmitted') THEN 1 ELSE 0 END), -(CASE WHEN OLD."Status" IN ('Estimated', 'QuotesSubmitted') AND OLD."Priority" = 'Emergency' THEN 1 ELSE 0 END), -(CASE WHEN OLD."Status" IN ('Estimated', 'QuotesSubmitted') AND OLD."EstimateNeedsOwner" THEN 1 ELSE 0 END), -(CASE WHEN OLD."Status" IN ('Estimated', 'QuotesSubmitted') THEN COALESCE((CASE WHEN substr(OLD."EstimatedCost", 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD."EstimatedCost", 2), '.') = 0 THEN CAST(substr(OLD."EstimatedCost", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD."EstimatedCost", 2), 1, instr(substr(OLD."EstimatedCost", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD."EstimatedCost", 2), instr(substr(OLD."EstimatedCost", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD."EstimatedCost", '.') = 0 THEN CAST(OLD."EstimatedCost" AS INTEGER) * 10000 ELSE CAST(substr(OLD."EstimatedCost", 1, instr(OLD."EstimatedCost", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD."EstimatedCost", instr(OLD."EstimatedCost", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), 0) ELSE 0 END), OLD."RequestedAt"
        
        WHERE OLD."RequestedOn" IS NOT NULL
        ON CONFLICT ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "RequestorType", "RequestedById", "RequestedByName") DO UPDATE SET
            "Requests" = "MaintenanceRequestMonths"."Requests" + excluded."Requests", "Open" = "MaintenanceRequestMonths"."Open" + excluded."Open", "Emergencies" = "MaintenanceRequestMonths"."Emergencies" + excluded."Emergencies", "Closed" = "MaintenanceRequestMonths"."Closed" + excluded."Closed", "ActualTenThousandths" = "MaintenanceRequestMonths"."ActualTenThousandths" + excluded."ActualTenThousandths", "AwaitingApproval" = "MaintenanceRequestMonths"."AwaitingApproval" + excluded."AwaitingApproval", "AwaitingEmergencies" = "MaintenanceRequestMonths"."AwaitingEmergencies" + excluded."AwaitingEmergencies", "AwaitingOwner" = "MaintenanceRequestMonths"."AwaitingOwner" + excluded."AwaitingOwner", "AwaitingEstimatedTenThousandths" = "MaintenanceRequestMonths"."AwaitingEstimatedTenThousandths" + excluded."AwaitingEstimatedTenThousandths", "LatestRequestedAt" = max("MaintenanceRequestMonths"."LatestRequestedAt", excluded."LatestRequestedAt");
    INSERT INTO "MaintenanceRequestMonths" ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "RequestorType", "RequestedById", "RequestedByName", "Requests", "Open", "Emergencies", "Closed", "ActualTenThousandths", "AwaitingApproval", "AwaitingEmergencies", "AwaitingOwner", "AwaitingEstimatedTenThousandths", "LatestRequestedAt")
        SELECT NEW."OrganizationId", substr(NEW."RequestedOn", 1, 8) || '01', NEW."PropertyId", NEW."OwnerUserId", COALESCE(NEW."ExpenseTypeId", '00000000-0000-0000-0000-000000000000'), NEW."RequestorType", NEW."RequestedById", NEW."RequestedByName", 1, CASE WHEN NEW."IsOpen" THEN 1 ELSE 0 END, CASE WHEN NEW."Priority" = 'Emergency' THEN 1 ELSE 0 END, CASE WHEN NEW."Status" = 'Closed' THEN 1 ELSE 0 END, COALESCE((CASE WHEN substr(NEW."ActualCost", 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW."ActualCost", 2), '.') = 0 THEN CAST(substr(NEW."ActualCost", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW."ActualCost", 2), 1, instr(substr(NEW."ActualCost", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW."ActualCost", 2), instr(substr(NEW."ActualCost", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW."ActualCost", '.') = 0 THEN CAST(NEW."ActualCost" AS INTEGER) * 10000 ELSE CAST(substr(NEW."ActualCost", 1, instr(NEW."ActualCost", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW."ActualCost", instr(NEW."ActualCost", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), 0), CASE WHEN NEW."Status" IN ('Estimated', 'QuotesSubmitted') THEN 1 ELSE 0 END, CASE WHEN NEW."Status" IN ('Estimated', 'QuotesSubmitted') AND NEW."Priority" = 'Emergency' THEN 1 ELSE 0 END, CASE WHEN NEW."Status" IN ('Estimated', 'QuotesSubmitted') AND NEW."EstimateNeedsOwner" THEN 1 ELSE 0 END, CASE WHEN NEW."Status" IN ('Estimated', 'QuotesSubmitted') THEN COALESCE((CASE WHEN substr(NEW."EstimatedCost", 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW."EstimatedCost", 2), '.') = 0 THEN CAST(substr(NEW."EstimatedCost", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW."EstimatedCost", 2), 1, instr(substr(NEW."EstimatedCost", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW."EstimatedCost", 2), instr(substr(NEW."EstimatedCost", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW."EstimatedCost", '.') = 0 THEN CAST(NEW."EstimatedCost" AS INTEGER) * 10000 ELSE CAST(substr(NEW."EstimatedCost", 1, instr(NEW."EstimatedCost", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW."EstimatedCost", instr(NEW."EstimatedCost", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), 0) ELSE 0 END, NEW."RequestedAt"
        
        WHERE NEW."RequestedOn" IS NOT NULL
        ON CONFLICT ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "RequestorType", "RequestedById", "RequestedByName") DO UPDATE SET
            "Requests" = "MaintenanceRequestMonths"."Requests" + excluded."Requests", "Open" = "MaintenanceRequestMonths"."Open" + excluded."Open", "Emergencies" = "MaintenanceRequestMonths"."Emergencies" + excluded."Emergencies", "Closed" = "MaintenanceRequestMonths"."Closed" + excluded."Closed", "ActualTenThousandths" = "MaintenanceRequestMonths"."ActualTenThousandths" + excluded."ActualTenThousandths", "AwaitingApproval" = "MaintenanceRequestMonths"."AwaitingApproval" + excluded."AwaitingApproval", "AwaitingEmergencies" = "MaintenanceRequestMonths"."AwaitingEmergencies" + excluded."AwaitingEmergencies", "AwaitingOwner" = "MaintenanceRequestMonths"."AwaitingOwner" + excluded."AwaitingOwner", "AwaitingEstimatedTenThousandths" = "MaintenanceRequestMonths"."AwaitingEstimatedTenThousandths" + excluded."AwaitingEstimatedTenThousandths", "LatestRequestedAt" = max("MaintenanceRequestMonths"."LatestRequestedAt", excluded."LatestRequestedAt");
END;
CREATE TRIGGER MaintenanceRequestMonths_Delete AFTER DELETE ON "MaintenanceRequests" BEGIN
    INSERT INTO "MaintenanceRequestMonths" ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "RequestorType", "RequestedById", "RequestedByName", "Requests", "Open", "Emergencies", "Closed", "ActualTenThousandths", "AwaitingApproval", "AwaitingEmergencies", "AwaitingOwner", "AwaitingEstimatedTenThousandths", "LatestRequestedAt")
        SELECT OLD."OrganizationId", substr(OLD."RequestedOn", 1, 8) || '01', OLD."PropertyId", OLD."OwnerUserId", COALESCE(OLD."ExpenseTypeId", '00000000-0000-0000-0000-000000000000'), OLD."RequestorType", OLD."RequestedById", OLD."RequestedByName", -(1), -(CASE WHEN OLD."IsOpen" THEN 1 ELSE 0 END), -(CASE WHEN OLD."Priority" = 'Emergency' THEN 1 ELSE 0 END), -(CASE WHEN OLD."Status" = 'Closed' THEN 1 ELSE 0 END), -(COALESCE((CASE WHEN substr(OLD."ActualCost", 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD."ActualCost", 2), '.') = 0 THEN CAST(substr(OLD."ActualCost", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD."ActualCost", 2), 1, instr(substr(OLD."ActualCost", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD."ActualCost", 2), instr(substr(OLD."ActualCost", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD."ActualCost", '.') = 0 THEN CAST(OLD."ActualCost" AS INTEGER) * 10000 ELSE CAST(substr(OLD."ActualCost", 1, instr(OLD."ActualCost", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD."ActualCost", instr(OLD."ActualCost", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), 0)), -(CASE WHEN OLD."Status" IN ('Estimated', 'QuotesSubmitted') THEN 1 ELSE 0 END), -(CASE WHEN OLD."Status" IN ('Estimated', 'QuotesSubmitted') AND OLD."Priority" = 'Emergency' THEN 1 ELSE 0 END), -(CASE WHEN OLD."Status" IN ('Estimated', 'QuotesSubmitted') AND OLD."EstimateNeedsOwner" THEN 1 ELSE 0 END), -(CASE WHEN OLD."Status" IN ('Estimated', 'QuotesSubmitted') THEN COALESCE((CASE WHEN substr(OLD."EstimatedCost", 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD."EstimatedCost", 2), '.') = 0 THEN CAST(substr(OLD."EstimatedCost", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD."EstimatedCost", 2), 1, instr(substr(OLD."EstimatedCost", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD."EstimatedCost", 2), instr(substr(OLD."EstimatedCost", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD."EstimatedCost", '.') = 0 THEN CAST(OLD."EstimatedCost" AS INTEGER) * 10000 ELSE CAST(substr(OLD."EstimatedCost", 1, instr(OLD."EstimatedCost", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD."EstimatedCost", instr(OLD."EstimatedCost", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), 0) ELSE 0 END), OLD."RequestedAt"
        
        WHERE OLD."RequestedOn" IS NOT NULL
        ON CONFLICT ("OrganizationId", "Month", "PropertyId", "OwnerUserId", "ExpenseTypeId", "RequestorType", "RequestedById", "RequestedByName") DO UPDATE SET
            "Requests" = "MaintenanceRequestMonths"."Requests" + excluded."Requests", "Open" = "MaintenanceRequestMonths"."Open" + excluded."Open", "Emergencies" = "MaintenanceRequestMonths"."Emergencies" + excluded."Emergencies", "Closed" = "MaintenanceRequestMonths"."Closed" + excluded."Closed", "ActualTenThousandths" = "MaintenanceRequestMonths"."ActualTenThousandths" + excluded."ActualTenThousandths", "AwaitingApproval" = "MaintenanceRequestMonths"."AwaitingApproval" + excluded."AwaitingApproval", "AwaitingEmergencies" = "MaintenanceRequestMonths"."AwaitingEmergencies" + excluded."AwaitingEmergencies", "AwaitingOwner" = "MaintenanceRequestMonths"."AwaitingOwner" + excluded."AwaitingOwner", "AwaitingEstimatedTenThousandths" = "MaintenanceRequestMonths"."AwaitingEstimatedTenThousandths" + excluded."AwaitingEstimatedTenThousandths", "LatestRequestedAt" = max("MaintenanceRequestMonths"."LatestRequestedAt", excluded."LatestRequestedAt");
END;
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203034532_MaintenanceRequestMonths', '10.0.15');
--@command
DROP INDEX "IX_MaintenanceRequests_Open_RequestedAt";
--@command
CREATE INDEX "IX_MaintenanceRequests_Open_RequestedAt" ON "MaintenanceRequests" ("OrganizationId", "RequestedAt", "PriorityRank", "Number", "Id", "IsOpen") WHERE "IsOpen";
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203043926_OpenRequestsOfAPeriodCarryTheirOrder', '10.0.15');
--@command
DROP INDEX "IX_MaintenancePaymentMonths_LandlordUserId_Month";
--@command
CREATE INDEX "IX_MaintenancePaymentMonths_Landlord_Month_Covering" ON "MaintenancePaymentMonths" ("LandlordUserId", "Month", "OrganizationId", "PropertyId", "CategoryName", "ExpenseTypeId", "PaidTo", "Method", "Emergency", "Count", "AmountTenThousandths", "SmallestTenThousandths", "LargestTenThousandths", "FirstPaidOn", "LastPaidOn");
--@command
CREATE INDEX "IX_MaintenancePaymentMonths_Month_Covering" ON "MaintenancePaymentMonths" ("OrganizationId", "Month", "PropertyId", "LandlordUserId", "CategoryName", "ExpenseTypeId", "PaidTo", "Method", "Emergency", "Count", "AmountTenThousandths", "SmallestTenThousandths", "LargestTenThousandths", "FirstPaidOn", "LastPaidOn");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203060007_PaymentReportsReadTheirMonthsFromCoveringIndexes', '10.0.15');
--@command
CREATE INDEX "IX_Jobs_OrganizationId_TechnicianId_CompletedAt" ON "Jobs" ("OrganizationId", "TechnicianId", "CompletedAt");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203063805_TechniciansCompletedJobsByDay', '10.0.15');
--@command
CREATE TABLE "InvoiceCounts" (
    "OrganizationId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "PaidMonth" TEXT NOT NULL,
    "Count" INTEGER NOT NULL,
    "TotalTenThousandths" INTEGER NOT NULL,
    "AmountPaidTenThousandths" INTEGER NOT NULL,
    CONSTRAINT "PK_InvoiceCounts" PRIMARY KEY ("OrganizationId", "Status", "PaidMonth")
);
--@command
CREATE TRIGGER InvoiceCounts_Insert AFTER INSERT ON "Invoices" BEGIN
    INSERT INTO "InvoiceCounts" ("OrganizationId", "Status", "PaidMonth", "Count", "TotalTenThousandths", "AmountPaidTenThousandths")
        VALUES (NEW."OrganizationId", NEW."Status", COALESCE(substr(NEW."PaidOn", 1, 8) || '01', '0001-01-01'), 1,
            (CASE WHEN substr(NEW."Total", 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW."Total", 2), '.') = 0 THEN CAST(substr(NEW."Total", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW."Total", 2), 1, instr(substr(NEW."Total", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW."Total", 2), instr(substr(NEW."Total", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW."Total", '.') = 0 THEN CAST(NEW."Total" AS INTEGER) * 10000 ELSE CAST(substr(NEW."Total", 1, instr(NEW."Total", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW."Total", instr(NEW."Total", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), (CASE WHEN substr(NEW."AmountPaid", 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW."AmountPaid", 2), '.') = 0 THEN CAST(substr(NEW."AmountPaid", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW."AmountPaid", 2), 1, instr(substr(NEW."AmountPaid", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW."AmountPaid", 2), instr(substr(NEW."AmountPaid", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW."AmountPaid", '.') = 0 THEN CAST(NEW."AmountPaid" AS INTEGER) * 10000 ELSE CAST(substr(NEW."AmountPaid", 1, instr(NEW."AmountPaid", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW."AmountPaid", instr(NEW."AmountPaid", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END))
        ON CONFLICT ("OrganizationId", "Status", "PaidMonth") DO UPDATE SET "Count" = "InvoiceCounts"."Count" + 1,
            "TotalTenThousandths" = "InvoiceCounts"."TotalTenThousandths" + excluded."TotalTenThousandths",
            "AmountPaidTenThousandths" = "InvoiceCounts"."AmountPaidTenThousandths" + excluded."AmountPaidTenThousandths";
END;
CREATE TRIGGER InvoiceCounts_Update AFTER UPDATE OF "OrganizationId", "Status", "PaidOn", "Total", "AmountPaid" ON "Invoices" BEGIN
    UPDATE "InvoiceCounts" SET "Count" = "Count" - 1,
            "TotalTenThousandths" = "TotalTenThousandths" - (CASE WHEN substr(OLD."Total", 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD."Total", 2), '.') = 0 THEN CAST(substr(OLD."Total", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD."Total", 2), 1, instr(substr(OLD."Total", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD."Total", 2), instr(substr(OLD."Total", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD."Total", '.') = 0 THEN CAST(OLD."Total" AS INTEGER) * 10000 ELSE CAST(substr(OLD."Total", 1, instr(OLD."Total", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD."Total", instr(OLD."Total", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END),
            "AmountPaidTenThousandths" = "AmountPaidTenThousandths" - (CASE WHEN substr(OLD."AmountPaid", 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD."AmountPaid", 2), '.') = 0 THEN CAST(substr(OLD."AmountPaid", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD."AmountPaid", 2), 1, instr(substr(OLD."AmountPaid", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD."AmountPaid", 2), instr(substr(OLD."AmountPaid", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD."AmountPaid", '.') = 0 THEN CAST(OLD."AmountPaid" AS INTEGER) * 10000 ELSE CAST(substr(OLD."AmountPaid", 1, instr(OLD."AmountPaid", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD."AmountPaid", instr(OLD."AmountPaid", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END)
        WHERE "OrganizationId" = OLD."OrganizationId" AND "Status" = OLD."Status" AND "PaidMonth" = COALESCE(substr(OLD."PaidOn", 1, 8) || '01', '0001-01-01');
    INSERT INTO "InvoiceCounts" ("OrganizationId", "Status", "PaidMonth", "Count", "TotalTenThousandths", "AmountPaidTenThousandths")
        VALUES (NEW."OrganizationId", NEW."Status", COALESCE(substr(NEW."PaidOn", 1, 8) || '01', '0001-01-01'), 1,
            (CASE WHEN substr(NEW."Total", 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW."Total", 2), '.') = 0 THEN CAST(substr(NEW."Total", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW."Total", 2), 1, instr(substr(NEW."Total", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW."Total", 2), instr(substr(NEW."Total", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW."Total", '.') = 0 THEN CAST(NEW."Total" AS INTEGER) * 10000 ELSE CAST(substr(NEW."Total", 1, instr(NEW."Total", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW."Total", instr(NEW."Total", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END), (CASE WHEN substr(NEW."AmountPaid", 1, 1) = '-' THEN -(CASE WHEN instr(substr(NEW."AmountPaid", 2), '.') = 0 THEN CAST(substr(NEW."AmountPaid", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(NEW."AmountPaid", 2), 1, instr(substr(NEW."AmountPaid", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(NEW."AmountPaid", 2), instr(substr(NEW."AmountPaid", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(NEW."AmountPaid", '.') = 0 THEN CAST(NEW."AmountPaid" AS INTEGER) * 10000 ELSE CAST(substr(NEW."AmountPaid", 1, instr(NEW."AmountPaid", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(NEW."AmountPaid", instr(NEW."AmountPaid", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END))
        ON CONFLICT ("OrganizationId", "Status", "PaidMonth") DO UPDATE SET "Count" = "InvoiceCounts"."Count" + 1,
            "TotalTenThousandths" = "InvoiceCounts"."TotalTenThousandths" + excluded."TotalTenThousandths",
            "AmountPaidTenThousandths" = "InvoiceCounts"."AmountPaidTenThousandths" + excluded."AmountPaidTenThousandths";
END;
CREATE TRIGGER InvoiceCounts_Delete AFTER DELETE ON "Invoices" BEGIN
    UPDATE "InvoiceCounts" SET "Count" = "Count" - 1,
            "TotalTenThousandths" = "TotalTenThousandths" - (CASE WHEN substr(OLD."Total", 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD."Total", 2), '.') = 0 THEN CAST(substr(OLD."Total", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD."Total", 2), 1, instr(substr(OLD."Total", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD."Total", 2), instr(substr(OLD."Total", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD."Total", '.') = 0 THEN CAST(OLD."Total" AS INTEGER) * 10000 ELSE CAST(substr(OLD."Total", 1, instr(OLD."Total", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD."Total", instr(OLD."Total", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END),
            "AmountPaidTenThousandths" = "AmountPaidTenThousandths" - (CASE WHEN substr(OLD."AmountPaid", 1, 1) = '-' THEN -(CASE WHEN instr(substr(OLD."AmountPaid", 2), '.') = 0 THEN CAST(substr(OLD."AmountPaid", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(OLD."AmountPaid", 2), 1, instr(substr(OLD."AmountPaid", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(OLD."AmountPaid", 2), instr(substr(OLD."AmountPaid", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(OLD."AmountPaid", '.') = 0 THEN CAST(OLD."AmountPaid" AS INTEGER) * 10000 ELSE CAST(substr(OLD."AmountPaid", 1, instr(OLD."AmountPaid", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(OLD."AmountPaid", instr(OLD."AmountPaid", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END)
        WHERE "OrganizationId" = OLD."OrganizationId" AND "Status" = OLD."Status" AND "PaidMonth" = COALESCE(substr(OLD."PaidOn", 1, 8) || '01', '0001-01-01');
END;
--@command
DELETE FROM "InvoiceCounts";
INSERT INTO "InvoiceCounts" ("OrganizationId", "Status", "PaidMonth", "Count", "TotalTenThousandths", "AmountPaidTenThousandths")
    SELECT i."OrganizationId", i."Status", COALESCE(substr(i."PaidOn", 1, 8) || '01', '0001-01-01'), COUNT(*), SUM((CASE WHEN substr(i."Total", 1, 1) = '-' THEN -(CASE WHEN instr(substr(i."Total", 2), '.') = 0 THEN CAST(substr(i."Total", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(i."Total", 2), 1, instr(substr(i."Total", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(i."Total", 2), instr(substr(i."Total", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(i."Total", '.') = 0 THEN CAST(i."Total" AS INTEGER) * 10000 ELSE CAST(substr(i."Total", 1, instr(i."Total", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(i."Total", instr(i."Total", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END)),
        SUM((CASE WHEN substr(i."AmountPaid", 1, 1) = '-' THEN -(CASE WHEN instr(substr(i."AmountPaid", 2), '.') = 0 THEN CAST(substr(i."AmountPaid", 2) AS INTEGER) * 10000 ELSE CAST(substr(substr(i."AmountPaid", 2), 1, instr(substr(i."AmountPaid", 2), '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(substr(i."AmountPaid", 2), instr(substr(i."AmountPaid", 2), '.') + 1) || '0000', 1, 4) AS INTEGER) END) ELSE (CASE WHEN instr(i."AmountPaid", '.') = 0 THEN CAST(i."AmountPaid" AS INTEGER) * 10000 ELSE CAST(substr(i."AmountPaid", 1, instr(i."AmountPaid", '.') - 1) AS INTEGER) * 10000 + CAST(substr(substr(i."AmountPaid", instr(i."AmountPaid", '.') + 1) || '0000', 1, 4) AS INTEGER) END) END))
    FROM "Invoices" AS i
    GROUP BY i."OrganizationId", i."Status", COALESCE(substr(i."PaidOn", 1, 8) || '01', '0001-01-01');
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203064701_InvoiceCounts', '10.0.15');
--@command
DROP INDEX "IX_MaintenancePaymentMonths_Landlord_Month_Covering";
--@command
DROP INDEX "IX_MaintenancePaymentMonths_Month_Covering";
--@command
CREATE INDEX "IX_MaintenancePaymentMonths_Landlord_Month_Covering" ON "MaintenancePaymentMonths" ("LandlordUserId", "Month", "ExpenseTypeId", "OrganizationId", "PropertyId", "CategoryName", "PaidTo", "Method", "Emergency", "Count", "AmountTenThousandths", "SmallestTenThousandths", "LargestTenThousandths", "FirstPaidOn", "LastPaidOn");
--@command
CREATE INDEX "IX_MaintenancePaymentMonths_Month_Covering" ON "MaintenancePaymentMonths" ("OrganizationId", "Month", "ExpenseTypeId", "PropertyId", "LandlordUserId", "CategoryName", "PaidTo", "Method", "Emergency", "Count", "AmountTenThousandths", "SmallestTenThousandths", "LargestTenThousandths", "FirstPaidOn", "LastPaidOn");
--@command
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203085003_PaymentMonthIndexesOrderTheExpenseTypeAfterTheMonth', '10.0.15');
