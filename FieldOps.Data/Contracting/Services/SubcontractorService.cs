using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Contracting.Services;

/// <summary>Onboarding subcontractors: the admin records the company and links (or unlinks) the portal user that acts for it.</summary>
public sealed class SubcontractorService(IDbContextFactory<FieldOpsDbContext> contextFactory, ContractingGuard guard, IValidator<SubcontractorInput> validator)
{
    public async Task<IReadOnlyList<SubcontractorView>> ListAsync(CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await (from company in db.Set<Subcontractor>()
                      join user in db.Users on company.UserId equals user.Id into users
                      from user in users.DefaultIfEmpty()
                      orderby company.CompanyName
                      select new SubcontractorView(company.Id, company.CompanyName, company.TradeType, company.ContactPerson, company.Phone,
                          company.Email, company.DailyRate, company.UserId, user != null ? user.Email : null, user != null ? user.DisplayName : null,
                          company.IsActive))
            .ToListAsync(cancellationToken);
    }

    public async Task<SubcontractorView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var company = await db.Set<Subcontractor>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new RecordNotFoundException("Subcontractor", id);
        return await ContractorPortalService.ViewAsync(db, company, cancellationToken);
    }

    public async Task<SubcontractorView> CreateAsync(SubcontractorInput input, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        var id = await contextFactory.WriteAsync(async db =>
        {
            var name = input.CompanyName.Trim();
            if (await db.Set<Subcontractor>().AnyAsync(s => s.CompanyName == name, cancellationToken))
            {
                throw new InputValidationException("companyName", $"{name} is already a subcontractor.");
            }
            var company = new Subcontractor(input.CompanyName, input.TradeType, input.ContactPerson, input.Phone, input.Email);
            company.Update(input.CompanyName, input.TradeType, input.ContactPerson, input.Phone, input.Email, input.DailyRate);
            db.Add(company);
            return company.Id;
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task<SubcontractorView> UpdateAsync(Guid id, SubcontractorInput input, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        await contextFactory.WriteAsync(async db =>
        {
            var company = await db.Set<Subcontractor>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new RecordNotFoundException("Subcontractor", id);
            company.Update(input.CompanyName, input.TradeType, input.ContactPerson, input.Phone, input.Email, input.DailyRate);
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Links a contractor account of the organization to the company. One account acts for at most one company.</summary>
    public async Task<SubcontractorView> LinkUserAsync(Guid id, string userId, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await contextFactory.WriteAsync(async db =>
        {
            var company = await db.Set<Subcontractor>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new RecordNotFoundException("Subcontractor", id);
            var isContractor = await (from user in db.Users
                                      join userRole in db.UserRoles on user.Id equals userRole.UserId
                                      join role in db.Roles on userRole.RoleId equals role.Id
                                      where user.Id == userId && role.Name == ContractingRoles.Contractor
                                      select user.Id).AnyAsync(cancellationToken);
            if (!isContractor)
            {
                throw new InputValidationException("userId", "Choose a contractor account of your organization.");
            }
            var other = await db.Set<Subcontractor>().Where(s => s.UserId == userId && s.Id != id).Select(s => s.CompanyName).FirstOrDefaultAsync(cancellationToken);
            if (other is not null)
            {
                throw new InputValidationException("userId", $"That account already acts for {other}. Unlink it there first.");
            }
            company.LinkUser(userId);
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Marks a company as no longer working for the business (or back again). Its records stay.</summary>
    public async Task<SubcontractorView> SetActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await contextFactory.WriteAsync(async db =>
        {
            var company = await db.Set<Subcontractor>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new RecordNotFoundException("Subcontractor", id);
            company.SetActive(active);
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task<SubcontractorView> UnlinkUserAsync(Guid id, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await contextFactory.WriteAsync(async db =>
        {
            var company = await db.Set<Subcontractor>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new RecordNotFoundException("Subcontractor", id);
            company.UnlinkUser();
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Contractor accounts that no company acts through yet, for the link picker.</summary>
    public async Task<IReadOnlyList<Platform.Users.UserSummary>> UnlinkedContractorsAsync(CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var linked = db.Set<Subcontractor>().Where(s => s.UserId != null).Select(s => s.UserId);
        return await (from user in db.Users
                      join userRole in db.UserRoles on user.Id equals userRole.UserId
                      join role in db.Roles on userRole.RoleId equals role.Id
                      where role.Name == ContractingRoles.Contractor && !linked.Contains(user.Id)
                      orderby user.DisplayName
                      select new Platform.Users.UserSummary(user.Id, user.Email ?? "", user.DisplayName, new List<string> { ContractingRoles.Contractor }, false))
            .ToListAsync(cancellationToken);
    }
}
