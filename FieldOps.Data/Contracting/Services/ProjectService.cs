using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Contracting.Services;

/// <summary>The business's projects.</summary>
public sealed class ProjectService(IDbContextFactory<FieldOpsDbContext> contextFactory, ContractingGuard guard, IValidator<ProjectInput> validator)
{
    public async Task<IReadOnlyList<ProjectView>> ListAsync(bool includeInactive, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<Project>().Where(p => includeInactive || p.IsActive).OrderBy(p => p.Name)
            .Select(p => new ProjectView(p.Id, p.Code, p.Name, p.Site, p.IsActive)).ToListAsync(cancellationToken);
    }

    public async Task<ProjectView> CreateAsync(ProjectInput input, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        return await contextFactory.WriteAsync(async db =>
        {
            var code = input.Code.Trim().ToUpperInvariant();
            if (await db.Set<Project>().AnyAsync(p => p.Code == code, cancellationToken))
            {
                throw new InputValidationException("code", $"Project code {code} is already used.");
            }
            var project = new Project(code, input.Name, input.Site);
            project.Update(input.Name, input.Site, input.IsActive);
            db.Add(project);
            return new ProjectView(project.Id, project.Code, project.Name, project.Site, project.IsActive);
        }, cancellationToken);
    }

    public async Task<ProjectView> UpdateAsync(Guid id, ProjectInput input, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        return await contextFactory.WriteAsync(async db =>
        {
            var project = await db.Set<Project>().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new RecordNotFoundException("Project", id);
            project.Update(input.Name, input.Site, input.IsActive);
            return new ProjectView(project.Id, project.Code, project.Name, project.Site, project.IsActive);
        }, cancellationToken);
    }
}
