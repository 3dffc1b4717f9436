package org.totalplace.api.fhir;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Resource;
import org.totalplace.platform.control.FieldProblem;

/**
 * Refuses by name every element of a resource that the facade would not keep: content sent and
 * silently lost (a ServiceRequest's code or category, a Task's owner) is a referral the sender
 * thinks says more than it does. An element is fine when it is read, when it equals what the server
 * shows for it already (so a Task read, changed and sent back passes), or when it is the id, the
 * version in meta, or the narrative (text, which only renders the structured elements).
 */
final class KeptElements {

  private static final Set<String> ALWAYS = Set.of("id", "text", "meta");

  private KeptElements() {}

  /**
   * The elements of {@code sent} that would be lost: neither in {@code read} nor the same as in
   * {@code shown} (null when there is nothing yet), each with why.
   */
  static List<FieldProblem> lost(Resource sent, Set<String> read, Resource shown, String hint) {
    List<FieldProblem> lost = new ArrayList<>();
    String type = sent.fhirType();
    meta(sent, type, lost);
    BaseRuntimeElementCompositeDefinition<?> definition =
        FhirJson.context().getResourceDefinition(sent);
    for (BaseRuntimeChildDefinition child : definition.getChildren()) {
      String name = child.getElementName();
      List<IBase> values = child.getAccessor().getValues(sent);
      if (values.isEmpty() || ALWAYS.contains(name) || read.contains(name)) {
        continue;
      }
      if (shown != null && same(values, child.getAccessor().getValues(shown))) {
        continue;
      }
      lost.add(
          new FieldProblem(
              type + "." + name.replace("[x]", ""),
              "Not kept by this server, so not accepted: leave it out. " + hint));
    }
    return lost;
  }

  /** Profiles, tags and security labels would not be honoured or kept. */
  private static void meta(Resource sent, String type, List<FieldProblem> lost) {
    Meta meta = sent.getMeta();
    if (meta.hasProfile()) {
      lost.add(
          new FieldProblem(
              type + ".meta.profile",
              "Profiles are not validated or kept by this server: leave meta.profile out"));
    }
    if (meta.hasTag() || meta.hasSecurity()) {
      lost.add(
          new FieldProblem(
              type + ".meta", "Tags and security labels are not kept: send versionId at most"));
    }
  }

  private static boolean same(List<IBase> sent, List<IBase> shown) {
    if (sent.size() != shown.size()) {
      return false;
    }
    for (int i = 0; i < sent.size(); i++) {
      if (!(sent.get(i) instanceof Base a && shown.get(i) instanceof Base b && a.equalsDeep(b))) {
        return false;
      }
    }
    return true;
  }
}
