namespace CarbonPlatform.Identity.People;

public static class PeopleEndpoints
{
    public static RouteGroupBuilder MapPeople(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/organizations/{orgId:guid}/people").WithTags("Organizations");
        people.MapPost("", CreatePerson.Handle).WithName("CreatePerson")
            .WithSummary("Creates a person who signs in to the portal; a password made by the server is shown once.")
            .WithDescription("The organisation's administrator or the platform administrator; roles must be allowed for the organisation's kind. A taken user name is 409.")
            .Answers<CreatedPerson>(StatusCodes.Status201Created).Produces(StatusCodes.Status409Conflict);
        people.MapGet("", ListPeople.Handle).WithName("ListPeople").WithSummary("The organisation's people (never their passwords), by user name in pages (limit, cursor).")
            .WithDescription("For the organisation's administrator and the platform administrator.").Answers<Page<PersonView>>();
        people.MapPost("/{personId:guid}/disable", DisablePerson.Handle).WithName("DisablePerson")
            .WithSummary("Disables a person: they can no longer sign in or refresh their tokens.")
            .WithDescription("Idempotent: disabling a disabled person answers the same. Their refresh tokens and authorisations are revoked.").Answers<PersonView>();
        return api;
    }

    public static PersonView View(Person p) => new(p.Id, p.UserName, p.DisplayName, p.Roles, p.CreatedAt, p.DisabledAt);
}
