package dev.onramp.engine.state;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A write-ahead journal of the SQL a command batch wrote, for H2 files: the batch is appended here
 * (one write, no page serialisation) before its transaction commits, and H2 writes its pages in the
 * background. After a crash, batches the H2 file does not hold yet are replayed from here, so an
 * acknowledged command survives {@code kill -9} without H2 writing a chunk per commit. Like H2
 * itself, it does not fsync: it protects against a killed process, not a lost machine.
 *
 * <p>Each record: length, CRC-32, batch number, statements (SQL text and typed parameters). A
 * record cut short by the crash fails its length or checksum and ends the replay.
 */
public final class Journal implements AutoCloseable {

  private final Path file;
  private final FileChannel channel;
  private final List<Statement> pending = new ArrayList<>();

  /** One recorded write. */
  public record Statement(String sql, Object[] args) {}

  /** One batch read back for replay. */
  public record Batch(long number, List<Statement> statements) {}

  private Journal(Path file) throws IOException {
    this.file = file;
    this.channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
    channel.position(channel.size());
  }

  public static Journal open(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return new Journal(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the engine journal " + file, e);
    }
  }

  public Path file() {
    return file;
  }

  /** Loop thread: a write of the current batch. */
  void record(String sql, Object[] args) {
    pending.add(new Statement(sql, args.clone()));
  }

  /** Where the current command's writes begin (to forget them if it is rolled back). */
  public int mark() {
    return pending.size();
  }

  public void rollbackTo(int mark) {
    pending.subList(mark, pending.size()).clear();
  }

  /** Appends the batch's writes; call before the batch's transaction commits. */
  public void append(long batch) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + pending.size() * 128);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeLong(batch);
      out.writeInt(pending.size());
      for (Statement statement : pending) {
        out.writeUTF(statement.sql());
        out.writeInt(statement.args().length);
        for (Object arg : statement.args()) {
          writeValue(out, arg);
        }
      }
      out.flush();
      byte[] payload = bytes.toByteArray();
      CRC32 crc = new CRC32();
      crc.update(payload);
      ByteBuffer record = ByteBuffer.allocate(12 + payload.length);
      record.putInt(payload.length).putLong(crc.getValue()).put(payload).flip();
      while (record.hasRemaining()) {
        channel.write(record);
      }
      pending.clear();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the engine journal " + file, e);
    }
  }

  /** Every complete batch in the journal, oldest first. */
  public List<Batch> readAll() {
    List<Batch> batches = new ArrayList<>();
    try (DataInputStream in =
        new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
      while (true) {
        int length;
        long checksum;
        byte[] payload;
        try {
          length = in.readInt();
          checksum = in.readLong();
          if (length < 12) {
            break;
          }
          payload = in.readNBytes(length);
        } catch (EOFException e) {
          break;
        }
        CRC32 crc = new CRC32();
        crc.update(payload);
        if (payload.length != length || crc.getValue() != checksum) {
          break;
        }
        batches.add(readBatch(payload));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the engine journal " + file, e);
    }
    return batches;
  }

  /** Empties the journal once the database holds everything in it. */
  public void truncate() {
    try {
      channel.truncate(0);
      channel.position(0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot truncate the engine journal " + file, e);
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Batch readBatch(byte[] payload) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload));
    long number = in.readLong();
    int count = in.readInt();
    List<Statement> statements = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String sql = in.readUTF();
      Object[] args = new Object[in.readInt()];
      for (int a = 0; a < args.length; a++) {
        args[a] = readValue(in);
      }
      statements.add(new Statement(sql, args));
    }
    return new Batch(number, statements);
  }

  private static void writeValue(DataOutputStream out, Object value) throws IOException {
    if (value == null) {
      out.writeByte(0);
    } else if (value instanceof Long l) {
      out.writeByte(1);
      out.writeLong(l);
    } else if (value instanceof Integer i) {
      out.writeByte(2);
      out.writeInt(i);
    } else if (value instanceof Boolean b) {
      out.writeByte(3);
      out.writeBoolean(b);
    } else if (value instanceof String s) {
      byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      out.writeByte(4);
      out.writeInt(utf8.length);
      out.write(utf8);
    } else {
      throw new IllegalStateException(
          "The journal cannot record a parameter of type " + value.getClass().getName());
    }
  }

  private static Object readValue(DataInputStream in) throws IOException {
    byte type = in.readByte();
    return switch (type) {
      case 0 -> null;
      case 1 -> in.readLong();
      case 2 -> in.readInt();
      case 3 -> in.readBoolean();
      case 4 -> new String(in.readNBytes(in.readInt()), java.nio.charset.StandardCharsets.UTF_8);
      default -> throw new IOException("Unknown value type " + type + " in the journal");
    };
  }
}
