package org.relais.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.relais.privacy.AuditLog;
import org.relais.training.TrainingExamples;
import org.relais.training.TrainingException;
import org.relais.training.TrainingExport;
import org.relais.training.TrainingImport;
import org.relais.web.staff.StaffSession;

/** Admins import and export training data. (ADMIN only: /api/admin/*.) */
@Path("admin/training")
public class AdminTrainingDataResource {
  @Inject private TrainingImport importer;
  @Inject private TrainingExamples examples;
  @Inject private AuditLog audit;
  @Context private HttpServletRequest request;

  /**
   * @param fileName the file's name: .csv, .yml or .yaml chooses the format
   * @param content the file's text (UTF-8)
   * @param language fr, en...; empty to detect each example's language
   */
  public record ImportRequest(String fileName, String content, String language) {}

  @POST
  @Path("import")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Import examples from a CSV (text,intent) or Rasa NLU YAML file: accepted ones are"
              + " VALIDATED (personal data redacted); refused ones are listed with their line and"
              + " reason. A file that cannot be read is refused whole (400, nothing imported).")
  public TrainingImport.Report importFile(ImportRequest file) {
    if (file == null) {
      throw new TrainingException(400, "content", "send {fileName, content}");
    }
    String language = file.language() == null || file.language().isBlank() ? null : file.language();
    if (language != null && !language.matches("[a-z]{2,3}")) {
      throw new TrainingException(400, "language", "a language code such as fr or en");
    }
    return importer.importFile(file.fileName(), file.content(), language, actor());
  }

  @GET
  @Path("export")
  @Operation(
      summary =
          "Export the validated and in-model examples as CSV (format=csv, the default) or Rasa"
              + " NLU YAML (format=yaml).")
  public Response export(@QueryParam("format") String format) {
    String chosen = format == null || format.isBlank() ? "csv" : format;
    if (!chosen.equals("csv") && !chosen.equals("yaml")) {
      throw new TrainingException(400, "format", "format is csv or yaml");
    }
    var data = examples.buildable();
    audit.record(actor(), "training.export", chosen, data.size() + " examples");
    boolean csv = chosen.equals("csv");
    String name = "relais-training-" + LocalDate.now() + (csv ? ".csv" : ".yml");
    return Response.ok(csv ? TrainingExport.csv(data) : TrainingExport.yaml(data))
        .type(csv ? "text/csv; charset=UTF-8" : "application/yaml; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  private String actor() {
    return StaffSession.of(request).orElseThrow().login();
  }
}
