package org.relais.web.staff;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.relais.staff.Role;
import org.relais.staff.StaffMember;
import org.relais.staff.StaffService;
import org.relais.web.api.ApiError;

/** Admins manage staff accounts. (ADMIN only: web.xml protects /api/admin/*.) */
@Path("admin/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminStaffResource {
  @Inject private StaffService staff;
  @Context private jakarta.servlet.http.HttpServletRequest request;

  public record NewStaffRequest(String login, String displayName, String role) {}

  public record RoleRequest(String role) {}

  public record StaffReport(
      String login,
      String displayName,
      String role,
      boolean active,
      boolean mustChangePassword,
      Instant lastSignInAt) {
    static StaffReport of(StaffMember member) {
      return new StaffReport(
          member.login(),
          member.displayName(),
          member.role().name(),
          member.isActive(),
          member.mustChangePassword(),
          member.lastSignInAt());
    }
  }

  /** A one-time password: shown once to the admin, to hand over; changed at first sign-in. */
  public record OneTimePasswordReport(String login, String oneTimePassword) {}

  @GET
  @Operation(summary = "All staff accounts.")
  public List<StaffReport> all() {
    return staff.all().stream().map(StaffReport::of).toList();
  }

  @POST
  @Operation(summary = "Create a worker or admin; answers its one-time password.")
  public Response create(NewStaffRequest request) {
    if (request == null) {
      return ApiError.response(400, "login, displayName and role are required", null);
    }
    StaffService.CreatedAccount created =
        staff.create(request.login(), request.displayName(), Role.named(request.role()), admin());
    return Response.status(201)
        .entity(new OneTimePasswordReport(created.member().login(), created.oneTimePassword()))
        .build();
  }

  @POST
  @Path("{login}/disable")
  @Operation(summary = "Disable an account: it can no longer sign in.")
  public Response disable(@PathParam("login") String login) {
    staff.setActive(login, false, admin());
    return Response.noContent().build();
  }

  @POST
  @Path("{login}/enable")
  @Operation(summary = "Enable a disabled account again.")
  public Response enable(@PathParam("login") String login) {
    staff.setActive(login, true, admin());
    return Response.noContent().build();
  }

  @POST
  @Path("{login}/reset-password")
  @Operation(summary = "Reset a password; answers the new one-time password.")
  public OneTimePasswordReport resetPassword(@PathParam("login") String login) {
    return new OneTimePasswordReport(login, staff.resetPassword(login, admin()));
  }

  @PUT
  @Path("{login}/role")
  @Operation(
      summary =
          "Change an account's role (WORKER or ADMIN); it applies from its next sign-in. 409 for"
              + " your own account.")
  public Response changeRole(@PathParam("login") String login, RoleRequest change) {
    staff.changeRole(login, Role.named(change == null ? null : change.role()), admin());
    return Response.noContent().build();
  }

  private String admin() {
    return StaffSession.of(request).orElseThrow().login();
  }
}
