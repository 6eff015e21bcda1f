package eu.ka122.planner.notifications;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A small SMTP server in the test JVM (RFC 5321's plain dialogue: EHLO, MAIL, RCPT, DATA,
 * QUIT), so the SMTP transport is tested over a real socket with the real mail library.
 * No Maven artefact serves one here (GreenMail and SubEthaSMTP are not available).
 */
final class FakeSmtpServer implements AutoCloseable {

	/** What arrived: the envelope and the message as the mail library parses it. */
	record Received(String from, List<String> recipients, MimeMessage message) {

		String subject() throws MessagingException {
			return this.message.getSubject();
		}

		String body() throws MessagingException, IOException {
			// The line break before the terminating "." belongs to the end-of-data mark.
			String body = ((String) this.message.getContent()).replace("\r\n", "\n");
			return body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
		}

	}

	private final ServerSocket socket;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private volatile String recipientReply = "250 OK";

	private FakeSmtpServer(ServerSocket socket) {
		this.socket = socket;
		Thread acceptor = new Thread(this::accept, "fake-smtp");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	static FakeSmtpServer start() {
		return start(0);
	}

	/** On this port (0: any free one). */
	static FakeSmtpServer start(int port) {
		try {
			return new FakeSmtpServer(new ServerSocket(port));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int port() {
		return this.socket.getLocalPort();
	}

	List<Received> received() {
		return List.copyOf(this.received);
	}

	/** Answers RCPT with this reply from now on, e.g. {@code 451 try later}. */
	void replyToRecipients(String reply) {
		this.recipientReply = reply;
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

	private void accept() {
		while (!this.socket.isClosed()) {
			try (Socket client = this.socket.accept()) {
				converse(client);
			}
			catch (IOException ex) {
				// closed, or the client went away: wait for the next one
			}
		}
	}

	private void converse(Socket client) throws IOException {
		var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
		var out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8);
		reply(out, "220 fake.test ESMTP");
		String from = null;
		List<String> recipients = new ArrayList<>();
		String line;
		while ((line = in.readLine()) != null) {
			String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
			switch (command) {
				case "EHLO", "HELO" -> reply(out, "250 fake.test");
				case "MAIL" -> {
					from = address(line);
					recipients.clear();
					reply(out, "250 OK");
				}
				case "RCPT" -> {
					String answer = this.recipientReply;
					if (answer.startsWith("2")) {
						recipients.add(address(line));
					}
					reply(out, answer);
				}
				case "DATA" -> {
					reply(out, "354 End data with <CR><LF>.<CR><LF>");
					StringBuilder data = new StringBuilder();
					while ((line = in.readLine()) != null && !line.equals(".")) {
						data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
					}
					this.received.add(new Received(from, List.copyOf(recipients), parse(data.toString())));
					reply(out, "250 OK queued");
				}
				case "QUIT" -> {
					reply(out, "221 Bye");
					return;
				}
				default -> reply(out, "250 OK");
			}
		}
	}

	private static void reply(PrintWriter out, String line) {
		out.print(line + "\r\n");
		out.flush();
	}

	private static String address(String line) {
		return line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
	}

	private static MimeMessage parse(String data) {
		try {
			return new MimeMessage(Session.getInstance(new Properties()),
					new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
