package org.newsclean.transforms.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Connected components of an undirected graph given as edges {@code (a, b)}: every node of an edge comes out
 * once as {@code (node, label)}, the label being the smallest node of its component. Min-label propagation:
 * each round (one CoGroupByKey on {@link KeyRanges}) every node offers its label to its neighbours and takes the
 * smallest offer, and a last step takes the smallest label offered after the last round; {@code rounds} rounds settle components whose smallest node is at most {@code rounds} edges
 * from every other node (near-duplicate and story clusters are mostly stars: 1 or 2). A node whose label still
 * changes in that last step is counted in {@code labels_unconverged}: its label is then a node of its component
 * but not the smallest. Deterministic: labels depend only on the graph.
 */
public final class ConnectComponents extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, String>>> {
  public static final int DEFAULT_ROUNDS = 5;

  private static final TupleTag<KV<String, KV<String, Boolean>>> OFFER = new TupleTag<>() {};
  private static final TupleTag<KV<String, List<String>>> NEIGHBOURS = new TupleTag<>() {};

  private final int rounds;
  private final KeyRanges ranges;

  private ConnectComponents(int rounds, KeyRanges ranges) {
    this.rounds = rounds;
    this.ranges = ranges;
  }

  public static ConnectComponents withRounds(int rounds, int keyRanges) {
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1");
    }
    return new ConnectComponents(rounds, new KeyRanges(keyRanges));
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<KV<String, String>> edges) {
    Coder<KV<Integer, KV<String, KV<String, Boolean>>>> offerCoder =
        KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), BooleanCoder.of())));
    PCollection<KV<Integer, KV<String, List<String>>>> adjacency =
        edges
            .apply("BothDirections", ParDo.of(new BothDirectionsFn(ranges)))
            .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
            .apply("GroupNeighbours", GroupByKey.create())
            .apply("Adjacency", ParDo.of(new AdjacencyFn()))
            .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), ListCoder.of(StringUtf8Coder.of()))));
    PCollection<KV<Integer, KV<String, KV<String, Boolean>>>> offers =
        adjacency.apply("InitialLabels", ParDo.of(new InitialFn())).setCoder(offerCoder);
    for (int round = 1; round <= rounds; round++) {
      offers =
          KeyedPCollectionTuple.of(OFFER, offers)
              .and(NEIGHBOURS, adjacency)
              .apply("Round" + round, CoGroupByKey.create())
              .apply("Spread" + round, ParDo.of(new SpreadFn(ranges)))
              .setCoder(offerCoder);
    }
    return offers
        .apply("GroupFinal", GroupByKey.create())
        .apply("Resolve", ParDo.of(new ResolveFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
  }

  /** For each node of a range: its own label and the smallest label offered to it. */
  private static Map<String, String[]> settle(Iterable<KV<String, KV<String, Boolean>>> offers) {
    Map<String, String[]> byNode = new TreeMap<>(); // node -> {own, best}
    for (KV<String, KV<String, Boolean>> offer : offers) {
      String[] state = byNode.computeIfAbsent(offer.getKey(), k -> new String[2]);
      String label = offer.getValue().getKey();
      if (offer.getValue().getValue()) {
        state[0] = label;
      }
      if (state[1] == null || label.compareTo(state[1]) < 0) {
        state[1] = label;
      }
    }
    return byNode;
  }

  private static final class BothDirectionsFn extends DoFn<KV<String, String>, KV<Integer, KV<String, String>>> {
    private final KeyRanges ranges;

    BothDirectionsFn(KeyRanges ranges) {
      this.ranges = ranges;
    }

    @ProcessElement
    public void process(@Element KV<String, String> edge, OutputReceiver<KV<Integer, KV<String, String>>> out) {
      out.output(KV.of(ranges.of(edge.getKey()), edge));
      out.output(KV.of(ranges.of(edge.getValue()), KV.of(edge.getValue(), edge.getKey())));
    }
  }

  private static final class AdjacencyFn extends DoFn<KV<Integer, Iterable<KV<String, String>>>, KV<Integer, KV<String, List<String>>>> {
    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, String>>> range, OutputReceiver<KV<Integer, KV<String, List<String>>>> out) {
      Map<String, java.util.TreeSet<String>> neighbours = new TreeMap<>();
      for (KV<String, String> e : range.getValue()) {
        neighbours.computeIfAbsent(e.getKey(), k -> new java.util.TreeSet<>()).add(e.getValue());
      }
      neighbours.forEach((node, set) -> out.output(KV.of(range.getKey(), KV.of(node, new ArrayList<>(set)))));
    }
  }

  private static final class InitialFn extends DoFn<KV<Integer, KV<String, List<String>>>, KV<Integer, KV<String, KV<String, Boolean>>>> {
    @ProcessElement
    public void process(@Element KV<Integer, KV<String, List<String>>> node, OutputReceiver<KV<Integer, KV<String, KV<String, Boolean>>>> out) {
      String id = node.getValue().getKey();
      out.output(KV.of(node.getKey(), KV.of(id, KV.of(id, true))));
    }
  }

  private static final class SpreadFn extends DoFn<KV<Integer, CoGbkResult>, KV<Integer, KV<String, KV<String, Boolean>>>> {
    private final KeyRanges ranges;

    SpreadFn(KeyRanges ranges) {
      this.ranges = ranges;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> range, OutputReceiver<KV<Integer, KV<String, KV<String, Boolean>>>> out) {
      Map<String, String[]> settled = settle(range.getValue().getAll(OFFER));
      for (KV<String, List<String>> node : range.getValue().getAll(NEIGHBOURS)) {
        String[] state = settled.get(node.getKey());
        String best = state[1];
        out.output(KV.of(range.getKey(), KV.of(node.getKey(), KV.of(best, true))));
        for (String neighbour : node.getValue()) {
          out.output(KV.of(ranges.of(neighbour), KV.of(neighbour, KV.of(best, false))));
        }
      }
    }
  }

  private static final class ResolveFn extends DoFn<KV<Integer, Iterable<KV<String, KV<String, Boolean>>>>, KV<String, String>> {
    private final Counter unconverged = Metrics.counter(ConnectComponents.class, "labels_unconverged");

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, KV<String, Boolean>>>> range, OutputReceiver<KV<String, String>> out) {
      // the smallest of the last round's offers (own label and neighbours' labels)
      // a label that still changes in this last step means the propagation may not have settled
      for (Map.Entry<String, String[]> node : settle(range.getValue()).entrySet()) {
        if (!node.getValue()[1].equals(node.getValue()[0])) {
          unconverged.inc();
        }
        out.output(KV.of(node.getKey(), node.getValue()[1]));
      }
    }
  }
}
