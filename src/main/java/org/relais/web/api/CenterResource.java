package org.relais.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.relais.assistant.Assistant;
import org.relais.knowledge.Knowledge;
import org.relais.knowledge.KnowledgeBase;

/** The center's public details, as shown to visitors. */
@Path("center")
@Produces(MediaType.APPLICATION_JSON)
public class CenterResource {
  @Inject private KnowledgeBase knowledgeBase;

  /** The center's details keyed by placeholder name. */
  public record CenterReport(Map<String, String> details) {}

  @GET
  @Operation(
      summary =
          "The center's public details (hours, address, services), in French or, with"
              + " `language`, as answers in that language show them.")
  public Response center(@QueryParam("language") String language) {
    if (language != null && !Assistant.KIOSK_LANGUAGES.contains(language)) {
      return ApiError.response(
          400,
          "language: one of " + new java.util.TreeSet<>(Assistant.KIOSK_LANGUAGES),
          "language");
    }
    Knowledge knowledge = knowledgeBase.current();
    Map<String, String> details =
        language == null ? knowledge.centerDetails() : knowledge.centerDetailsIn(language);
    return Response.ok(new CenterReport(new TreeMap<>(details))).build();
  }
}
