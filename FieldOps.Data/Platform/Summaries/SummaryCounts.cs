using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Platform.Summaries;

/// <summary>
/// The summary rows that stand in for counting big tables on hot paths: jobs per organization, technician and status
/// (<see cref="Workshop.JobCount"/>), notifications per recipient (<see cref="Notifications.NotificationCount"/>) and
/// maintenance requests per status and parties (<see cref="Maintenance.MaintenanceRequestCount"/>), and contracting
/// logs, claims and vouchers per subcontractor and status (<see cref="Contracting.ContractingCount"/>), and maintenance
/// payments per month, property and category (<see cref="Maintenance.MaintenancePaymentMonth"/>), and completed
/// maintenance work per month, property, owner, expense type, vendor and estimator (<see cref="Maintenance.MaintenanceCompletionMonth"/>),
/// and maintenance requests per month, property, owner, expense type and requestor (<see cref="Maintenance.MaintenanceRequestMonth"/>),
/// and invoices per status and month paid (<see cref="Workshop.InvoiceCount"/>).
/// Triggers keep them, so they change in the same transaction as the rows they count whoever writes them (the app,
/// a bulk update, the scale generator), and concurrent writers cannot lose an increment: each trigger adds or
/// subtracts in one statement under the database's own row lock. <see cref="RebuildAsync"/> recounts from scratch.
/// </summary>
public static partial class SummaryCounts
{
    public static string CreateTriggersSql(bool postgreSql) => postgreSql ? PostgreSqlTriggers : SqliteTriggers;

    public static string DropTriggersSql(bool postgreSql) => postgreSql
        ? """
          DROP TRIGGER IF EXISTS job_counts ON "Jobs";
          DROP FUNCTION IF EXISTS job_counts_maintain();
          DROP TRIGGER IF EXISTS notification_counts ON "Notifications";
          DROP FUNCTION IF EXISTS notification_counts_maintain();
          """
        : """
          DROP TRIGGER IF EXISTS JobCounts_Insert;
          DROP TRIGGER IF EXISTS JobCounts_Update;
          DROP TRIGGER IF EXISTS JobCounts_Delete;
          DROP TRIGGER IF EXISTS NotificationCounts_Insert;
          DROP TRIGGER IF EXISTS NotificationCounts_Update;
          DROP TRIGGER IF EXISTS NotificationCounts_Delete;
          """;

    /// <summary>Recounts every summary row from the tables themselves (after an upgrade, or to check them).</summary>
    public const string RebuildSql = """
        DELETE FROM "JobCounts";
        INSERT INTO "JobCounts" ("OrganizationId", "TechnicianId", "Status", "Count")
            SELECT "OrganizationId", COALESCE("TechnicianId", ''), "Status", COUNT(*) FROM "Jobs"
            GROUP BY "OrganizationId", COALESCE("TechnicianId", ''), "Status";
        DELETE FROM "NotificationCounts";
        INSERT INTO "NotificationCounts" ("OrganizationId", "RecipientUserId", "Total", "Unread")
            SELECT "OrganizationId", "RecipientUserId", COUNT(*), SUM(CASE WHEN "ReadAt" IS NULL THEN 1 ELSE 0 END) FROM "Notifications"
            GROUP BY "OrganizationId", "RecipientUserId";
        """;

    /// <summary>Recounts the maintenance requests' summary rows (added after the others, with their own migration).</summary>
    public const string MaintenanceRebuildSql = """
        DELETE FROM "MaintenanceRequestCounts";
        INSERT INTO "MaintenanceRequestCounts" ("OrganizationId", "OwnerUserId", "TenantUserId", "AssigneeUserId", "VendorUserId", "Status", "Count")
            SELECT "OrganizationId", "OwnerUserId", COALESCE("TenantUserId", ''), COALESCE("AssigneeUserId", ''), COALESCE("VendorUserId", ''), "Status", COUNT(*)
            FROM "MaintenanceRequests"
            GROUP BY "OrganizationId", "OwnerUserId", COALESCE("TenantUserId", ''), COALESCE("AssigneeUserId", ''), COALESCE("VendorUserId", ''), "Status";
        """;

    public static async Task RebuildAsync(FieldOpsDbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(RebuildSql, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(MaintenanceRebuildSql, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(ContractingRebuildSql(db.Database.IsNpgsql()), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(PaymentMonthsRebuildSql(db.Database.IsNpgsql()), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(CompletionMonthsRebuildSql(db.Database.IsNpgsql()), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(RequestMonthsRebuildSql(db.Database.IsNpgsql()), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(InvoiceCountsRebuildSql(db.Database.IsNpgsql()), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public static string CreateMaintenanceTriggersSql(bool postgreSql) => postgreSql ? PostgreSqlMaintenanceTriggers : SqliteMaintenanceTriggers;

    public static string DropMaintenanceTriggersSql(bool postgreSql) => postgreSql
        ? """
          DROP TRIGGER IF EXISTS maintenance_request_counts ON "MaintenanceRequests";
          DROP FUNCTION IF EXISTS maintenance_request_counts_maintain();
          """
        : """
          DROP TRIGGER IF EXISTS MaintenanceRequestCounts_Insert;
          DROP TRIGGER IF EXISTS MaintenanceRequestCounts_Update;
          DROP TRIGGER IF EXISTS MaintenanceRequestCounts_Delete;
          """;

    private const string SqliteMaintenanceTriggers = """
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
        """;

    // As for jobs: the old row's counter and the new one's are touched in key order, so opposite moves cannot deadlock.
    private const string PostgreSqlMaintenanceTriggers = """
        CREATE FUNCTION maintenance_request_counts_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            old_key text := CASE WHEN TG_OP <> 'INSERT' THEN OLD."OwnerUserId" || '|' || COALESCE(OLD."TenantUserId", '') || '|'
                || COALESCE(OLD."AssigneeUserId", '') || '|' || COALESCE(OLD."VendorUserId", '') || '|' || OLD."Status" END;
            new_key text := CASE WHEN TG_OP <> 'DELETE' THEN NEW."OwnerUserId" || '|' || COALESCE(NEW."TenantUserId", '') || '|'
                || COALESCE(NEW."AssigneeUserId", '') || '|' || COALESCE(NEW."VendorUserId", '') || '|' || NEW."Status" END;
        BEGIN
            IF TG_OP = 'UPDATE' AND old_key = new_key THEN
                RETURN NULL;
            END IF;
            IF new_key IS NOT NULL AND (old_key IS NULL OR new_key < old_key) THEN
                INSERT INTO "MaintenanceRequestCounts" ("OrganizationId", "OwnerUserId", "TenantUserId", "AssigneeUserId", "VendorUserId", "Status", "Count")
                    VALUES (NEW."OrganizationId", NEW."OwnerUserId", COALESCE(NEW."TenantUserId", ''), COALESCE(NEW."AssigneeUserId", ''),
                        COALESCE(NEW."VendorUserId", ''), NEW."Status", 1)
                    ON CONFLICT ("OrganizationId", "OwnerUserId", "TenantUserId", "AssigneeUserId", "VendorUserId", "Status")
                    DO UPDATE SET "Count" = "MaintenanceRequestCounts"."Count" + 1;
                new_key := NULL;
            END IF;
            IF old_key IS NOT NULL THEN
                UPDATE "MaintenanceRequestCounts" SET "Count" = "Count" - 1
                    WHERE "OrganizationId" = OLD."OrganizationId" AND "OwnerUserId" = OLD."OwnerUserId"
                        AND "TenantUserId" = COALESCE(OLD."TenantUserId", '') AND "AssigneeUserId" = COALESCE(OLD."AssigneeUserId", '')
                        AND "VendorUserId" = COALESCE(OLD."VendorUserId", '') AND "Status" = OLD."Status";
            END IF;
            IF new_key IS NOT NULL THEN
                INSERT INTO "MaintenanceRequestCounts" ("OrganizationId", "OwnerUserId", "TenantUserId", "AssigneeUserId", "VendorUserId", "Status", "Count")
                    VALUES (NEW."OrganizationId", NEW."OwnerUserId", COALESCE(NEW."TenantUserId", ''), COALESCE(NEW."AssigneeUserId", ''),
                        COALESCE(NEW."VendorUserId", ''), NEW."Status", 1)
                    ON CONFLICT ("OrganizationId", "OwnerUserId", "TenantUserId", "AssigneeUserId", "VendorUserId", "Status")
                    DO UPDATE SET "Count" = "MaintenanceRequestCounts"."Count" + 1;
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER maintenance_request_counts AFTER INSERT OR DELETE
            OR UPDATE OF "Status", "OwnerUserId", "TenantUserId", "AssigneeUserId", "VendorUserId" ON "MaintenanceRequests"
            FOR EACH ROW EXECUTE FUNCTION maintenance_request_counts_maintain();
        """;

    private const string SqliteTriggers = """
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
        """;

    // Each function touches the old row's counter before the new one's in key order, so two transactions moving
    // jobs in opposite directions lock the counters in the same order and cannot deadlock each other.
    private const string PostgreSqlTriggers = """
        CREATE FUNCTION job_counts_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            old_key text := CASE WHEN TG_OP <> 'INSERT' THEN COALESCE(OLD."TechnicianId", '') || '|' || OLD."Status" END;
            new_key text := CASE WHEN TG_OP <> 'DELETE' THEN COALESCE(NEW."TechnicianId", '') || '|' || NEW."Status" END;
        BEGIN
            IF TG_OP = 'UPDATE' AND old_key = new_key THEN
                RETURN NULL;
            END IF;
            IF new_key IS NOT NULL AND (old_key IS NULL OR new_key < old_key) THEN
                INSERT INTO "JobCounts" ("OrganizationId", "TechnicianId", "Status", "Count")
                    VALUES (NEW."OrganizationId", COALESCE(NEW."TechnicianId", ''), NEW."Status", 1)
                    ON CONFLICT ("OrganizationId", "TechnicianId", "Status") DO UPDATE SET "Count" = "JobCounts"."Count" + 1;
                new_key := NULL;
            END IF;
            IF old_key IS NOT NULL THEN
                UPDATE "JobCounts" SET "Count" = "Count" - 1
                    WHERE "OrganizationId" = OLD."OrganizationId" AND "TechnicianId" = COALESCE(OLD."TechnicianId", '') AND "Status" = OLD."Status";
            END IF;
            IF new_key IS NOT NULL THEN
                INSERT INTO "JobCounts" ("OrganizationId", "TechnicianId", "Status", "Count")
                    VALUES (NEW."OrganizationId", COALESCE(NEW."TechnicianId", ''), NEW."Status", 1)
                    ON CONFLICT ("OrganizationId", "TechnicianId", "Status") DO UPDATE SET "Count" = "JobCounts"."Count" + 1;
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER job_counts AFTER INSERT OR DELETE OR UPDATE OF "Status", "TechnicianId" ON "Jobs"
            FOR EACH ROW EXECUTE FUNCTION job_counts_maintain();

        CREATE FUNCTION notification_counts_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                INSERT INTO "NotificationCounts" ("OrganizationId", "RecipientUserId", "Total", "Unread")
                    VALUES (NEW."OrganizationId", NEW."RecipientUserId", 1, CASE WHEN NEW."ReadAt" IS NULL THEN 1 ELSE 0 END)
                    ON CONFLICT ("OrganizationId", "RecipientUserId") DO UPDATE SET "Total" = "NotificationCounts"."Total" + 1,
                        "Unread" = "NotificationCounts"."Unread" + CASE WHEN NEW."ReadAt" IS NULL THEN 1 ELSE 0 END;
            ELSIF TG_OP = 'UPDATE' THEN
                IF (OLD."ReadAt" IS NULL) <> (NEW."ReadAt" IS NULL) THEN
                    UPDATE "NotificationCounts" SET "Unread" = "Unread" + CASE WHEN NEW."ReadAt" IS NULL THEN 1 ELSE -1 END
                        WHERE "OrganizationId" = NEW."OrganizationId" AND "RecipientUserId" = NEW."RecipientUserId";
                END IF;
            ELSE
                UPDATE "NotificationCounts" SET "Total" = "Total" - 1, "Unread" = "Unread" - CASE WHEN OLD."ReadAt" IS NULL THEN 1 ELSE 0 END
                    WHERE "OrganizationId" = OLD."OrganizationId" AND "RecipientUserId" = OLD."RecipientUserId";
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER notification_counts AFTER INSERT OR DELETE OR UPDATE OF "ReadAt" ON "Notifications"
            FOR EACH ROW EXECUTE FUNCTION notification_counts_maintain();
        """;
}
