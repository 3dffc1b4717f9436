package org.totalplace.web.lead;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' chart component, built as JSON. Colours come from the
 * GOV.UK palette and every chart has its numbers in a table beside it, so colour is never the only
 * way to read it.
 */
final class Charts {

  static final String BLUE = "#1d70b8";
  static final String RED = "#d4351c";
  static final String ORANGE = "#f47738";
  static final String GREEN = "#00703c";
  static final String GREY = "#505a5f";

  /** One series of a chart: a name, a colour and a value per label (null for a gap). */
  record Series(String name, String colour, List<? extends Number> values, List<String> colours) {
    Series(String name, String colour, List<? extends Number> values) {
      this(name, colour, values, null);
    }
  }

  private Charts() {}

  static String bars(List<String> labels, String axis, boolean horizontal, Series... series) {
    return chart("bar", labels, axis, horizontal, series);
  }

  static String lines(List<String> labels, String axis, Series... series) {
    return chart("line", labels, axis, false, series);
  }

  private static String chart(
      String type, List<String> labels, String axis, boolean horizontal, Series... series) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    labels.forEach(names::add);
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (Series s : series) {
      JsonArrayBuilder values = Json.createArrayBuilder();
      for (Number v : s.values()) {
        if (v == null) {
          values.addNull();
        } else {
          values.add(v.doubleValue());
        }
      }
      JsonObjectBuilder dataset =
          Json.createObjectBuilder()
              .add("label", s.name())
              .add("data", values)
              .add("borderColor", s.colour())
              .add("spanGaps", true);
      if (s.colours() != null) {
        JsonArrayBuilder fills = Json.createArrayBuilder();
        s.colours().forEach(fills::add);
        dataset.add("backgroundColor", fills);
      } else {
        dataset.add("backgroundColor", s.colour());
      }
      datasets.add(dataset);
    }
    JsonObjectBuilder valueAxis =
        Json.createObjectBuilder()
            .add("beginAtZero", true)
            .add("title", Json.createObjectBuilder().add("display", true).add("text", axis));
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("animation", false)
            .add("maintainAspectRatio", false)
            .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis));
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }
}
