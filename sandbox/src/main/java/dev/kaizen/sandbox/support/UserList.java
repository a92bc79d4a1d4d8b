package dev.kaizen.sandbox.support;

/**
 * The {@code /etc/passwd} and {@code /etc/group} a sandbox shows instead of the host's: root and
 * {@code nobody} (65534, home {@code /tmp}), so that tools which look their user up (the JDK sets
 * {@code user.home} from it) find one without learning the host's users.
 */
public final class UserList {

  /** The user list. */
  public static final String PASSWD =
      "root:x:0:0:root:/root:/usr/sbin/nologin\n"
          + "nobody:x:65534:65534:nobody:/tmp:/usr/sbin/nologin\n";

  /** The group list. */
  public static final String GROUP = "root:x:0:\nnogroup:x:65534:\n";

  private UserList() {}
}
