// The privacy notice in English (sections rendered by PrivacyText).
import type { Section } from "./PrivacyText";
import { OperatorContacts } from "./OperatorContacts";

export const english: Section[] = [
  {
    id: "titolare",
    title: "Who the controller is",
    body: (
      <>
        <p>
          The controller is the body that runs the Portale Tutori on behalf of the community of practice of volunteer
          guardians of the Milano and Brescia Court of Appeal districts ("the operator").
        </p>
        <OperatorContacts />
        <p>Use these contact details for any question about this notice and to exercise your rights.</p>
      </>
    ),
  },
  {
    id: "dati",
    title: "What data we process",
    body: (
      <ul>
        <li>
          <strong>Account data</strong>: name and surname, e-mail address, password (stored only as a cryptographic hash,
          never in clear), district and roles, preferred language; if you choose to give them, phone number and languages
          you speak; the dates of registration, of e-mail confirmation and of acceptance of this notice and of the
          confidentiality pledge.
        </li>
        <li>
          <strong>Training data</strong>: courses and modules taken, progress, quiz answers and results, certificates
          issued.
        </li>
        <li>
          <strong>Legal-consultation requests</strong>: the text of the questions and answers, attachments, the status and
          deadlines of the request.
        </li>
        <li>
          <strong>Forum posts</strong>: the posts you publish, with your name and the date.
        </li>
        <li>
          <strong>Minors' data</strong> (guardians and coordinators only): the data needed for the guardianship, such as
          name, date and country of birth, the appointment decision and deadlines (for example the residence permit's).
          Where the guardianship requires it, also information about health or that may reveal racial or ethnic origin:
          these are <em>special categories of data</em> (art. 9 of Regulation (EU) 2016/679, "GDPR") and get the highest
          protection.
        </li>
        <li>
          <strong>Technical and security data</strong>: your login session; failed login attempts (by e-mail address and
          IP address); the log of reads of minors' records and of consultations; the e-mails the portal sends you and the
          notifications in the portal.
        </li>
      </ul>
    ),
  },
  {
    id: "finalita",
    title: "Why we process it and on what legal basis",
    body: (
      <>
        <ul>
          <li>
            <strong>To give you access to the portal</strong> and its services (training, consultations, forum,
            guardianships) and send you service e-mails: performance of the service you ask for by registering (art.
            6(1)(b) GDPR).
          </li>
          <li>
            <strong>To manage guardianships</strong>, that is to let the guardian act as the minor's legal representative
            and the coordinators follow appointments and deadlines: performance of a task in the public interest laid down
            by Law 47/2017 (art. 6(1)(e) GDPR). For special categories of data: reasons of substantial public interest on
            the basis of Law 47/2017 and art. 2-sexies of the Italian Personal Data Protection Code (art. 9(2)(g) GDPR)
            and, where needed, the establishment, exercise or defence of legal claims, for example before the Juvenile
            Court (art. 9(2)(f) GDPR).
          </li>
          <li>
            <strong>To protect the portal and the data</strong> (sessions, blocking repeated login attempts, the access
            log): the obligation to keep processing secure (arts. 32 and 6(1)(c) GDPR) and the legitimate interest of the
            operator and of the people concerned in preventing unauthorised access (art. 6(1)(f) GDPR).
          </li>
        </ul>
        <p>We do not use data for advertising or profiling, and no decision about you is taken by automated means.</p>
        <p>
          Name, e-mail, password and district are needed to create an account: without them you cannot register. Phone
          number and languages spoken are optional.
        </p>
      </>
    ),
  },
  {
    id: "accesso",
    title: "Who can see the data",
    body: (
      <ul>
        <li>
          <strong>Your name and roles</strong> are visible to other registered people where needed (forum, courses,
          consultations). Your e-mail, phone number and languages are visible only to your district's coordinators and
          to the administrators.
        </li>
        <li>
          <strong>Your training progress</strong> is visible to you, to your district's trainers and coordinators and to
          the administrators.
        </li>
        <li>
          <strong>A consultation request</strong> is visible only to the guardian who asked it, to the legal consultants
          of their district and to the administrators.
        </li>
        <li>
          <strong>The forum</strong> can be read only by registered people: it is not public on the internet.
        </li>
        <li>
          <strong>A minor's record</strong> is visible in full only to the appointed guardian and to the district's
          coordinators. Elsewhere the minor appears only as a pseudonymous code (for example MI-2026-0042), and the portal
          never shows a minor's data in the forum.
        </li>
        <li>
          <strong>Every read</strong> of a minor's record or of a consultation request by someone who does not own it is
          written to the access log (who, what, when), which the operator uses to check that data is used properly.
        </li>
      </ul>
    ),
  },
  {
    id: "conservazione",
    title: "How long we keep it",
    body: (
      <>
        <ul>
          <li>
            <strong>Account and training data</strong>: while the account is active and for 24 months after it is closed.
          </li>
          <li>
            <strong>Certificates</strong>: 10 years from issue, so that whoever receives one can check it is genuine.
          </li>
          <li>
            <strong>Login sessions</strong>: 30 days from last use; they end at once when you log out or change your
            password.
          </li>
          <li>
            <strong>Failed login attempts</strong>: from 15 minutes to 24 hours.
          </li>
          <li>
            <strong>E-mail confirmation and password-reset links</strong>: valid for 48 hours and one hour respectively;
            deleted within 30 days of expiry.
          </li>
          <li>
            <strong>E-mails sent and in-portal notifications</strong>: 12 months.
          </li>
          <li>
            <strong>Consultation requests</strong>: 5 years after the request is closed.
          </li>
          <li>
            <strong>Forum posts</strong>: until the author or a moderator deletes them.
          </li>
          <li>
            <strong>Minors' data</strong>: for the duration of the guardianship and 5 years after it ends.
          </li>
          <li>
            <strong>Access log</strong>: 5 years.
          </li>
        </ul>
        <p>When the period ends, the data is deleted or irreversibly anonymised.</p>
      </>
    ),
  },
  {
    id: "fornitori",
    title: "Service providers and transfers",
    body: (
      <>
        <p>
          The operator uses providers appointed as processors (art. 28 GDPR): the hosting service, which runs the servers
          and the database, and the e-mail delivery service. The current list of providers is available from the
          operator.
        </p>
        <p>
          Data is stored in the European Union and is not transferred outside it. It is neither sold nor disclosed to
          others, except where the law requires it (for example at the request of a judicial authority).
        </p>
      </>
    ),
  },
  {
    id: "diritti",
    title: "Your rights",
    body: (
      <>
        <p>At any time you can ask the operator, under articles 15–22 GDPR:</p>
        <ul>
          <li>to access your data and receive a copy (art. 15);</li>
          <li>to rectify it (art. 16) — you can correct much of it yourself on your profile page;</li>
          <li>to erase it (art. 17) or restrict its processing (art. 18);</li>
          <li>to receive it in a structured, machine-readable format (art. 20);</li>
          <li>to object to processing based on legitimate or public interest (art. 21).</li>
        </ul>
        <p>
          The operator answers within one month. Rights concerning a minor's data are exercised by their guardian. If you
          believe the processing breaks the law, you can lodge a complaint with the Italian data protection authority,
          the Garante per la protezione dei dati personali (garanteprivacy.it), or with the supervisory authority of the
          EU country where you live or work.
        </p>
      </>
    ),
  },
  {
    id: "cookie",
    title: "Cookies",
    body: (
      <>
        <p>
          The portal uses only two technical cookies, needed for it to work, which require no consent. We use no
          profiling cookies, no analytics and no third-party services: even the fonts are served by the portal itself.
        </p>
        <ul>
          <li>
            <code>portale_session</code>: keeps you logged in; page scripts cannot read it. Duration: 30 days, or until
            you log out.
          </li>
          <li>
            <code>portale_lang</code>: remembers the language you chose. Duration: 12 months.
          </li>
        </ul>
      </>
    ),
  },
  {
    id: "modifiche",
    title: "Changes to this notice",
    body: (
      <p>
        If this notice changes, the new version is published on this page with the date of the update; we tell you
        about important changes in the portal.
      </p>
    ),
  },
];
