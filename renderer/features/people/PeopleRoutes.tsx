import { Route, Switch } from 'wouter';
import { AttendanceTableScreen } from './AttendanceTableScreen';
import { PeopleScreen } from './PeopleScreen';
import { PersonScreen } from './PersonScreen';

/** /people (the directory), /people/attendance (the table) and /people/<id> (a person). */
export function PeopleRoutes() {
  return (
    <Switch>
      <Route path="/people/attendance" component={AttendanceTableScreen} />
      <Route<{ id: string }> path="/people/:id">
        {(params) => <PersonScreen personId={params.id} />}
      </Route>
      <Route component={PeopleScreen} />
    </Switch>
  );
}
