package org.relais.web.worker;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.relais.helpdesk.CannedReplies;
import org.relais.helpdesk.CannedReply;
import org.relais.web.worker.HelpdeskResource.CannedReplyReport;

/** Admins write the canned replies. (ADMIN only: web.xml protects /api/admin/*.) */
@Path("admin/canned-replies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminCannedRepliesResource {
  @Inject private CannedReplies cannedReplies;

  public record CannedReplyRequest(String language, String title, String text, Integer position) {}

  @GET
  @Operation(summary = "All canned replies, by language.")
  public List<CannedReplyReport> all() {
    return cannedReplies.all().stream().map(AdminCannedRepliesResource::report).toList();
  }

  @POST
  @Operation(summary = "Add a canned reply.")
  public Response add(CannedReplyRequest request) {
    CannedReplyRequest r = request == null ? new CannedReplyRequest(null, null, null, 0) : request;
    CannedReply reply =
        cannedReplies.add(
            r.language(), r.title(), r.text(), r.position() == null ? 0 : r.position());
    return Response.status(201).entity(report(reply)).build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Rewrite a canned reply.")
  public CannedReplyReport rewrite(@PathParam("id") long id, CannedReplyRequest request) {
    CannedReplyRequest r = request == null ? new CannedReplyRequest(null, null, null, 0) : request;
    return report(
        cannedReplies.rewrite(id, r.title(), r.text(), r.position() == null ? 0 : r.position()));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a canned reply.")
  public Response remove(@PathParam("id") long id) {
    cannedReplies.remove(id);
    return Response.noContent().build();
  }

  private static CannedReplyReport report(CannedReply reply) {
    return new CannedReplyReport(
        reply.id(), reply.language(), reply.title(), reply.text(), reply.position());
  }
}
