import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { ErrorPage } from "~/components/ErrorPage";
import { Layout as PageLayout } from "~/components/Layout";
import { useNonce } from "~/components/nonce";
import { DEFAULT_LOCALE, translate } from "~/i18n";
import { requestLocale } from "~/i18n/locale.server";
import { LocaleProvider } from "~/i18n/react";
import { getRequestAuth } from "~/modules/auth/user.server";
import { countUnread } from "~/modules/notifications/queries.server";
import stylesHref from "~/styles/app.css";

export const links: LinksFunction = () => [
  { rel: "preload", href: "/fonts/atkinson-hyperlegible-latin-400-normal.woff2", as: "font", type: "font/woff2", crossOrigin: "anonymous" },
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: translate(data?.locale ?? DEFAULT_LOCALE, "app.name") },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, renewedCookie } = await getRequestAuth(request);
  const locale = requestLocale(request, user);
  const unread = user ? await countUnread(user.id) : 0;
  const url = new URL(request.url);
  return data(
    {
      locale,
      user: user
        ? { name: user.name, roles: user.roles, pledgeAccepted: user.pledgeAccepted }
        : null,
      unread,
      path: url.pathname + url.search,
    },
    renewedCookie ? { headers: { "Set-Cookie": renewedCookie } } : undefined,
  );
}

export type RootData = Awaited<ReturnType<typeof loader>>["data"];

export function useRootData(): RootData | undefined {
  return useRouteLoaderData<typeof loader>("root") as RootData | undefined;
}

export function Layout({ children }: { children: React.ReactNode }) {
  const root = useRootData();
  const nonce = useNonce();
  const locale = root?.locale ?? DEFAULT_LOCALE;
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <LocaleProvider locale={locale}>
          <PageLayout root={root}>{children}</PageLayout>
        </LocaleProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  return <ErrorPage error={error} />;
}
