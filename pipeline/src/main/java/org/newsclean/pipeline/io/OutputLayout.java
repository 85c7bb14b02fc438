package org.newsclean.pipeline.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/** The directories and files of one output location, and the removal of what an earlier run wrote there. */
public final class OutputLayout {
  public static final String DOCUMENTS = "documents";
  public static final String QUOTES = "quotes";
  public static final String ENTITIES = "entities";
  public static final String MENTIONS = "mentions";
  public static final String REJECTED = "rejected";
  /** Inputs an earlier run already emitted (only written with --stateDir). */
  public static final String EARLIER_DUPLICATES = "earlier_duplicates";
  public static final String MANIFEST = "manifest.json";
  public static final List<String> RECORD_DIRECTORIES = List.of(DOCUMENTS, QUOTES, ENTITIES, MENTIONS, REJECTED, EARLIER_DUPLICATES);

  private final String root;

  public OutputLayout(String root) {
    this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
  }

  public String root() {
    return root;
  }

  /** The directory of one record type, e.g. {@code output/documents}. */
  public String directory(String name) {
    return root + "/" + name;
  }

  public ResourceId manifest() {
    return FileSystems.matchNewResource(root, true).resolve(MANIFEST, StandardResolveOptions.RESOLVE_FILE);
  }

  /**
   * Deletes the files an earlier run wrote here (the {@code part-*} files of every record directory
   * and the manifest), and nothing else, so a new run replaces the old output without touching a
   * user's other files.
   */
  public int clearPreviousRun() throws IOException {
    List<String> specs = new ArrayList<>();
    for (String dir : RECORD_DIRECTORIES) {
      specs.add(directory(dir) + "/part-*");
    }
    specs.add(manifest().toString());
    List<ResourceId> old = new ArrayList<>();
    for (MatchResult match : FileSystems.match(specs, EmptyMatchTreatment.ALLOW)) {
      if (match.status() == MatchResult.Status.OK) {
        for (MatchResult.Metadata metadata : match.metadata()) {
          old.add(metadata.resourceId());
        }
      }
    }
    FileSystems.delete(old, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    return old.size();
  }
}
