package org.relais.web.staff;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.relais.platform.config.RelaisConfiguration;
import org.relais.platform.settings.Setting;
import org.relais.staff.SignInThrottle;
import org.relais.staff.StaffIdentityStore;
import org.relais.staff.StaffMember;
import org.relais.staff.StaffService;
import org.relais.web.api.ApiError;
import org.relais.web.api.CsrfFilter;

/** Signing in and out, and one's own account. */
@Path("staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {
  @Context private HttpServletRequest request;
  @Inject private StaffIdentityStore identityStore;
  @Inject private SignInThrottle throttle;
  @Inject private StaffService staff;
  @Inject private RelaisConfiguration configuration;
  @Inject private SignedInSessions signedIn;

  public record SignInRequest(String login, String password) {}

  public record PasswordChangeRequest(String currentPassword, String newPassword) {}

  /** Who is signed in, and the token to send with every change (X-CSRF-Token). */
  public record MeReport(
      String login,
      String displayName,
      List<String> roles,
      boolean mustChangePassword,
      String csrfToken,
      int sessionMinutes) {}

  @POST
  @Path("sign-in")
  @Operation(summary = "Sign in; slowed down after repeated failures for an account or an address.")
  public Response signIn(SignInRequest credentials) {
    if (credentials == null || isBlank(credentials.login()) || isBlank(credentials.password())) {
      return ApiError.response(400, "login and password are required", null);
    }
    String login = credentials.login().strip().toLowerCase();
    String address = request.getRemoteAddr();
    Duration wait = throttle.waitBeforeTrying(login, address);
    if (!wait.isZero()) {
      return Response.status(429)
          .header("Retry-After", Math.max(1, wait.toSeconds()))
          .entity(
              new ApiError(
                  "too many failed attempts: try again in " + Math.max(1, wait.toSeconds()) + " s",
                  null))
          .type(MediaType.APPLICATION_JSON_TYPE)
          .build();
    }
    CredentialValidationResult result =
        identityStore.validate(new UsernamePasswordCredential(login, credentials.password()));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(login, address);
      return ApiError.response(401, "wrong login or password", null);
    }
    throttle.succeeded(login, address);
    HttpSession previous = request.getSession(false);
    if (previous != null) {
      previous.invalidate(); // a fresh session id: nothing fixed before sign-in survives it
    }
    HttpSession session = request.getSession(true);
    session.setMaxInactiveInterval(configuration.getInt(Setting.STAFF_SESSION_MINUTES) * 60);
    StaffMember member = staff.find(login);
    new StaffSession(member.login(), member.displayName(), member.role()).store(session);
    signedIn.signedIn(member.login(), session);
    session.setAttribute(PasswordChangeFilter.MUST_CHANGE, member.mustChangePassword());
    return Response.ok(me(member, session)).build();
  }

  @POST
  @Path("sign-out")
  @Operation(summary = "Sign out and end the session.")
  public Response signOut() {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return Response.noContent().build();
  }

  @GET
  @Path("me")
  @Operation(summary = "The signed-in staff member and the CSRF token.")
  public MeReport me() {
    return me(staff.find(caller()), request.getSession());
  }

  @PUT
  @Path("me/password")
  @Operation(summary = "Change one's own password (at least 12 characters).")
  public Response changePassword(PasswordChangeRequest change) {
    if (change == null) {
      return ApiError.response(400, "currentPassword and newPassword are required", null);
    }
    staff.changeOwnPassword(caller(), change.currentPassword(), change.newPassword());
    request.getSession().setAttribute(PasswordChangeFilter.MUST_CHANGE, false);
    return Response.noContent().build();
  }

  private static MeReport me(StaffMember member, HttpSession session) {
    return new MeReport(
        member.login(),
        member.displayName(),
        List.copyOf(member.role().groups()),
        member.mustChangePassword(),
        CsrfFilter.tokenOf(session),
        session.getMaxInactiveInterval() / 60);
  }

  private String caller() {
    return StaffSession.of(request).orElseThrow().login();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
