package org.totalplace.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;

/**
 * Draws a model as a PNG from its BPMN diagram, with the steps a person is looking at outlined, so
 * a worker can see where a referral or pathway stands.
 */
@ApplicationScoped
public class ProcessDiagrams {

  static {
    // The image generator uses AWT; a server has no display. Payara's domain sets this too.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /** Java's logical font, which maps to an installed one on any JDK; Arial often is not there. */
  private static final String FONT = "SansSerif";

  private final DefaultProcessDiagramGenerator generator = new DefaultProcessDiagramGenerator();

  /** Plain drawings by process definition id: a deployed definition never changes. */
  private final java.util.Map<String, byte[]> plain =
      new java.util.concurrent.ConcurrentHashMap<>();

  private RepositoryService repository;
  private RuntimeService runtime;

  protected ProcessDiagrams() {
    // for the CDI proxy
  }

  @Inject
  public ProcessDiagrams(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  /** The latest deployed version of a model, nothing highlighted. */
  public byte[] png(String processDefinitionKey) {
    return png(processDefinitionKey, List.of());
  }

  /** The latest deployed version of a model with the given activities (by id) outlined. */
  public byte[] png(String processDefinitionKey, List<String> highlightedActivityIds) {
    var definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(processDefinitionKey)
            .latestVersion()
            .singleResult();
    if (definition == null) {
      throw new IllegalArgumentException("No deployed model " + processDefinitionKey);
    }
    if (highlightedActivityIds.isEmpty()) {
      return plain.computeIfAbsent(
          definition.getId(), id -> draw(repository.getBpmnModel(id), List.of()));
    }
    return draw(repository.getBpmnModel(definition.getId()), highlightedActivityIds);
  }

  /** Where a running instance is: its open tasks and waiting events, by id; none once it ended. */
  public List<String> activeActivities(String processInstanceId) {
    boolean running =
        runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
    return running ? runtime.getActiveActivityIds(processInstanceId) : List.of();
  }

  private byte[] draw(BpmnModel model, List<String> highlighted) {
    try (InputStream png =
        generator.generateDiagram(
            model, "png", highlighted, List.of(), FONT, FONT, FONT, null, 1.0, true)) {
      return png.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
