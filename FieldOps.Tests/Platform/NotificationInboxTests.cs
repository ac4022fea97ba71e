using FieldOps.Data.Workshop;
using FieldOps.Data;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Notifications;
using FieldOps.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FieldOps.Tests.Platform;

public sealed class NotificationInboxTests(ServiceHarness harness) : IClassFixture<ServiceHarness>
{
    [Fact]
    public async Task Notify_ByRole_ReachesEveryoneInTheRoleOfTheOrganization_ButNotTheActor_NorOtherOrganizations()
    {
        var title = $"Role message {Guid.NewGuid():N}";
        await using (var scope = await harness.ScopeAsAsync("technician@garage.demo"))
        {
            var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
            await using var db = await Db(scope);
            var technicians = await notifier.UsersInRoleAsync(db, WorkshopRoles.Technician, CancellationToken.None);
            await notifier.NotifyAsync(db, technicians, new NotificationMessage(title, "Body", null, null, null), CancellationToken.None);
            await db.SaveChangesAsync();
        }

        await using var system = await harness.SystemDbAsync();
        var recipients = await system.Set<Notification>().IgnoreQueryFilters().Where(n => n.Title == title)
            .Join(system.Users, n => n.RecipientUserId, u => u.Id, (n, u) => u.Email).ToListAsync();
        Assert.Equal(["technician2@garage.demo"], recipients);
        Assert.Equal(1, await system.Set<OutboxMail>().IgnoreQueryFilters().CountAsync(m => m.Subject == title));
    }

    [Fact]
    public async Task Inbox_ListsNewestFirst_CountsUnread_AndMarksRead()
    {
        var me = "workshopmanager@garage.demo";
        var first = await NotifyAsync(me, "First");
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await NotifyAsync(me, "Second");

        await using var scope = await harness.ScopeAsAsync(me);
        var inbox = scope.ServiceProvider.GetRequiredService<NotificationInbox>();
        var page = await inbox.ListAsync(0, 10, unreadOnly: false, CancellationToken.None);
        Assert.Equal([second, first], page.Items.Where(i => i.Id == first || i.Id == second).Select(i => i.Id));
        var unreadBefore = page.Unread;

        await inbox.MarkReadAsync(first, CancellationToken.None);

        Assert.Equal(unreadBefore - 1, await inbox.UnreadCountAsync(CancellationToken.None));
        var unreadOnly = await inbox.ListAsync(0, 10, unreadOnly: true, CancellationToken.None);
        Assert.DoesNotContain(unreadOnly.Items, i => i.Id == first);

        await inbox.MarkAllReadAsync(CancellationToken.None);
        Assert.Equal(0, await inbox.UnreadCountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task MarkingSomeoneElsesNotification_IsDenied_AndAnotherOrganizationsIsNotFound()
    {
        var mine = await NotifyAsync("billing@garage.demo", "For billing");

        await using (var colleague = await harness.ScopeAsAsync("warehouse@garage.demo"))
        {
            var inbox = colleague.ServiceProvider.GetRequiredService<NotificationInbox>();
            await Assert.ThrowsAsync<AccessDeniedException>(() => inbox.MarkReadAsync(mine, CancellationToken.None));
        }
        await using (var outsider = await harness.ScopeAsAsync("admin@garage2.demo"))
        {
            var inbox = outsider.ServiceProvider.GetRequiredService<NotificationInbox>();
            await Assert.ThrowsAsync<RecordNotFoundException>(() => inbox.MarkReadAsync(mine, CancellationToken.None));
        }
    }

    private async Task<Guid> NotifyAsync(string recipientEmail, string title)
    {
        var recipient = await harness.UserIdAsync(recipientEmail);
        await using var scope = await harness.ScopeAsAsync("admin@garage.demo");
        await using var db = await Db(scope);
        await scope.ServiceProvider.GetRequiredService<Notifier>()
            .NotifyAsync(db, [recipient], new NotificationMessage(title, "Body", "/", null, null), CancellationToken.None);
        await db.SaveChangesAsync();
        return await db.Set<Notification>().Where(n => n.Title == title && n.RecipientUserId == recipient)
            .OrderByDescending(n => n.CreatedAt).Select(n => n.Id).FirstAsync();
    }

    private static Task<FieldOpsDbContext> Db(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<IDbContextFactory<FieldOpsDbContext>>().CreateDbContextAsync();
}
