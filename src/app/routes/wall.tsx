import { WallScreen } from '@/features/wall/components/wall-screen';

export default function WallRoute() {
  return <WallScreen />;
}
