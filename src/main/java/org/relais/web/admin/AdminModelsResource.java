package org.relais.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.relais.assistant.ClassifierService;
import org.relais.nlp.IntentPrediction;
import org.relais.nlp.LanguageHint;
import org.relais.training.ActiveModel;
import org.relais.training.BuildMetrics;
import org.relais.training.BuildProgress;
import org.relais.training.ConfusionHeatMap;
import org.relais.training.ModelBuilds;
import org.relais.training.ModelPromotion;
import org.relais.training.ModelVersion;
import org.relais.training.ModelVersions;
import org.relais.training.ShippedMetrics;
import org.relais.training.TrainingException;
import org.relais.web.staff.StaffSession;

/**
 * Admins build models in the background, read their evaluation, promote or roll back. (ADMIN only:
 * /api/admin/*.)
 */
@Path("admin/models")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminModelsResource {
  @Inject private ModelVersions versions;
  @Inject private ModelBuilds builds;
  @Inject private ModelPromotion promotion;
  @Inject private ActiveModel active;
  @Inject private ClassifierService classifier;
  @Context private HttpServletRequest request;

  public record VersionReport(
      long id,
      String status,
      Instant createdAt,
      String author,
      String fingerprint,
      int exampleCount,
      Long durationMs,
      String error,
      Instant activatedAt,
      String activatedBy,
      String overrideReason,
      Headline heldOut,
      BuildMetrics metrics) {}

  /** A version's main figures on the held-out examples, for the list. */
  public record Headline(double macroF1, double inScopeAccuracy, double oosRecall) {}

  /**
   * @param activeVersion the active version's id; null when the shipped model (or none) is in use
   * @param activeModel the version hash of the model in use, or null without one
   * @param shipped the model shipped with Relais, which can be rolled back to like a version
   */
  public record ModelsReport(
      Long activeVersion,
      String activeModel,
      BuildProgress build,
      ShippedReport shipped,
      List<VersionReport> versions) {}

  /**
   * @param inService whether it is the model in use (no version active)
   * @param model its version hash; null when its metrics file is missing
   * @param tests its figures on each test file, as measured when it was built
   */
  public record ShippedReport(
      boolean inService, String model, List<ShippedMetrics.TestSet> tests) {}

  public record PromoteRequest(String overrideReason) {}

  public record ClassifyRequest(String text, String language) {}

  @GET
  @Operation(
      summary =
          "Every model version, newest first, with its main held-out figures; the active one and"
              + " the build in progress.")
  public ModelsReport list() {
    Optional<ActiveModel.Current> current = active.current();
    return new ModelsReport(
        current.map(ActiveModel.Current::versionId).orElse(null),
        current.map(c -> c.model().version()).orElse(null),
        builds.progress().orElse(null),
        shipped(current),
        versions.all().stream().map(v -> report(v, false)).toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One version with its full evaluation.")
  public VersionReport version(@PathParam("id") long id) {
    return report(versions.find(id), true);
  }

  @GET
  @Path("{id}/confusion.svg")
  @Produces("image/svg+xml")
  @Operation(
      summary =
          "The confusion matrix on the held-out examples as an SVG heat map (evaluation=cv for"
              + " the cross-validation).")
  public Response heatMap(@PathParam("id") long id, @QueryParam("evaluation") String evaluation) {
    BuildMetrics metrics = versions.metrics(versions.find(id));
    if (metrics == null) {
      throw new TrainingException(404, "id", "model version " + id + " has no evaluation");
    }
    BuildMetrics.Figures figures =
        "cv".equals(evaluation) ? metrics.crossValidation() : metrics.heldOut();
    return Response.ok(ConfusionHeatMap.svg(figures.labels(), figures.confusion()))
        .header("Cache-Control", "private, max-age=3600")
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        .build();
  }

  @POST
  @Path("builds")
  @Operation(
      summary =
          "Build a model from the validated and in-model examples, in the background (202). 409"
              + " while a build runs; 400 naming the intents with too few examples.")
  public Response build() {
    return Response.accepted(builds.start(actor())).build();
  }

  @GET
  @Path("builds/current")
  @Operation(summary = "The build in progress (phase, percent), or the last one; 204 if none.")
  public Response progress() {
    return builds
        .progress()
        .map(p -> Response.ok(p).build())
        .orElseGet(() -> Response.noContent().build());
  }

  @POST
  @Path("{id}/promote")
  @Operation(
      summary =
          "Make a candidate the active model. 409 if it is worse than the active one on the"
              + " held-out examples, unless overrideReason says why (recorded and audited).")
  public VersionReport promote(@PathParam("id") long id, PromoteRequest promote) {
    String reason = promote == null ? null : promote.overrideReason();
    return report(promotion.promote(id, actor(), reason), true);
  }

  @POST
  @Path("{id}/rollback")
  @Operation(summary = "Make a version that was active before the active one again.")
  public VersionReport rollBack(@PathParam("id") long id) {
    return report(promotion.rollBack(id, actor()), true);
  }

  @POST
  @Path("shipped/rollback")
  @Operation(
      summary =
          "Go back to the model shipped with Relais: the active version is archived. 409 when the"
              + " shipped model is already in service.")
  public Response rollBackToShipped() {
    promotion.rollBackToShipped(actor());
    return Response.noContent().build();
  }

  @POST
  @Path("classify")
  @Operation(summary = "What the active model understands of a sentence (to try it out).")
  public IntentPrediction classify(ClassifyRequest sentence) {
    if (sentence == null || sentence.text() == null || sentence.text().isBlank()) {
      throw new TrainingException(400, "text", "type a sentence");
    }
    if (sentence.text().length() > 1000) {
      throw new TrainingException(400, "text", "1-1000 characters");
    }
    return classifier.classify(sentence.text(), new LanguageHint(sentence.language(), null));
  }

  private VersionReport report(ModelVersion v, boolean withMetrics) {
    BuildMetrics metrics = versions.metrics(v);
    Headline headline =
        metrics == null
            ? null
            : new Headline(
                metrics.heldOut().macroF1(),
                metrics.heldOut().inScopeAccuracy(),
                metrics.heldOut().oosRecall());
    return new VersionReport(
        v.id(),
        v.status().name(),
        v.createdAt(),
        v.author(),
        v.fingerprint(),
        v.exampleCount(),
        v.durationMs(),
        v.error(),
        v.activatedAt(),
        v.activatedBy(),
        v.overrideReason(),
        headline,
        withMetrics ? metrics : null);
  }

  private static ShippedReport shipped(Optional<ActiveModel.Current> current) {
    Optional<ShippedMetrics> metrics = ShippedMetrics.read();
    return new ShippedReport(
        current.isPresent() && current.get().versionId() == null,
        metrics.map(ShippedMetrics::modelVersion).orElse(null),
        metrics.map(ShippedMetrics::tests).orElse(List.of()));
  }

  private String actor() {
    return StaffSession.of(request).orElseThrow().login();
  }
}
