package org.relais.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.relais.knowledge.CenterDetail;
import org.relais.knowledge.CenterDetailRepository;

/** The center's public details, as shown to visitors. */
@Path("center")
@Produces(MediaType.APPLICATION_JSON)
public class CenterResource {
  @Inject private CenterDetailRepository details;

  /** The center's details keyed by placeholder name. */
  public record CenterReport(Map<String, String> details) {}

  @GET
  @Operation(summary = "The center's public details (hours, address, services).")
  public CenterReport center() {
    Map<String, String> values = new LinkedHashMap<>();
    for (CenterDetail detail : details.all()) {
      values.put(detail.name(), detail.value());
    }
    return new CenterReport(values);
  }
}
