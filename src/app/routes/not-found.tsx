import { Link, useLocation } from 'react-router';

export default function NotFoundRoute() {
  const { pathname } = useLocation();
  return (
    <>
      <div className="page-header">
        <h1>Page not found</h1>
      </div>
      <p>
        There is no page at <code>{pathname}</code>. Go to the <Link to="/">overview</Link> or the <Link to="/incidents">incident list</Link>.
      </p>
    </>
  );
}
