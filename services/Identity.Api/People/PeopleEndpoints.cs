namespace CarbonPlatform.Identity.People;

public static class PeopleEndpoints
{
    public static RouteGroupBuilder MapPeople(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/organizations/{orgId:guid}/people").WithTags("Organizations");
        people.MapPost("", CreatePerson.Handle).WithName("CreatePerson")
            .WithSummary("Creates a person who signs in to the portal; a password made by the server is shown once.");
        people.MapGet("", ListPeople.Handle).WithName("ListPeople").WithSummary("The organisation's people (never their passwords).");
        people.MapPost("/{personId:guid}/disable", DisablePerson.Handle).WithName("DisablePerson")
            .WithSummary("Disables a person: they can no longer sign in or refresh their tokens.");
        return api;
    }

    public static object View(Person p) => new
    {
        id = p.Id, userName = p.UserName, displayName = p.DisplayName, roles = p.Roles,
        createdAt = p.CreatedAt, disabledAt = p.DisabledAt,
    };
}
